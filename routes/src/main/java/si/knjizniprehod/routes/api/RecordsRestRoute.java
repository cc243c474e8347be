package si.knjizniprehod.routes.api;

/** Member, item and library records over REST. */
public final class RecordsRestRoute extends ApiRouteBuilder {
    private final MemberApi members;
    private final ItemApi items;
    private final LibraryApi libraries;

    public RecordsRestRoute(MemberApi members, ItemApi items, LibraryApi libraries) {
        this.members = members;
        this.items = items;
        this.libraries = libraries;
    }

    @Override
    protected void routes() {
        rest("/api/members")
                .get().to("direct:members-list")
                .post().to("direct:members-create")
                .get("/{id}").to("direct:members-get")
                .put("/{id}").to("direct:members-update")
                .delete("/{id}").to("direct:members-delete")
                .get("/{id}/status").to("direct:members-status")
                .get("/{id}/loans").to("direct:members-loans")
                .get("/{id}/holds").to("direct:members-holds")
                .get("/{id}/fees").to("direct:members-fees")
                .get("/{id}/transactions").to("direct:members-transactions");
        rest("/api/items")
                .get().to("direct:items-list")
                .post().to("direct:items-create")
                .get("/{id}").to("direct:items-get")
                .put("/{id}").to("direct:items-update")
                .delete("/{id}").to("direct:items-delete");
        rest("/api/libraries")
                .get().to("direct:libraries-list")
                .get("/{id}").to("direct:libraries-get");

        from("direct:members-list").routeId("api-members-list").bean(members, "list");
        from("direct:members-create").routeId("api-members-create").bean(members, "create");
        from("direct:members-get").routeId("api-members-get").bean(members, "get");
        from("direct:members-update").routeId("api-members-update").bean(members, "update");
        from("direct:members-delete").routeId("api-members-delete").bean(members, "delete");
        from("direct:members-status").routeId("api-members-status").bean(members, "status");
        from("direct:members-loans").routeId("api-members-loans").bean(members, "loans");
        from("direct:members-holds").routeId("api-members-holds").bean(members, "holds");
        from("direct:members-fees").routeId("api-members-fees").bean(members, "fees");
        from("direct:members-transactions").routeId("api-members-transactions").bean(members, "transactions");
        from("direct:items-list").routeId("api-items-list").bean(items, "list");
        from("direct:items-create").routeId("api-items-create").bean(items, "create");
        from("direct:items-get").routeId("api-items-get").bean(items, "get");
        from("direct:items-update").routeId("api-items-update").bean(items, "update");
        from("direct:items-delete").routeId("api-items-delete").bean(items, "delete");
        from("direct:libraries-list").routeId("api-libraries-list").bean(libraries, "list");
        from("direct:libraries-get").routeId("api-libraries-get").bean(libraries, "get");
    }
}
