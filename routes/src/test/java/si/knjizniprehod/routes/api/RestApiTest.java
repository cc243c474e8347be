package si.knjizniprehod.routes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import si.knjizniprehod.routes.testing.RunningGateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per REST endpoint against a running gateway with the demo data, over real HTTP. */
class RestApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Ljubljana"));
    private static RunningGateway gw;

    @BeforeAll
    static void start() throws Exception {
        gw = new RunningGateway(Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gw.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String reason) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("reason").asText()).isEqualTo(reason);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    @Test
    void healthReportsDatabaseAndBroker() throws Exception {
        HttpResponse<String> r = gw.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("database").get("status").asText()).isEqualTo("UP");
        assertThat(json(r).get("broker").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void checkoutFeatureVideoInRibnicaIsDueInTwoDays() throws Exception {
        HttpResponse<String> r = gw.post("/api/circulation/checkout",
                "{\"library\":\"RI\",\"member\":\"RI0001\",\"item\":\"RI1005\",\"requestId\":\"rest-1\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("loanId").asLong()).isPositive();
        // the due date moves on only if the second day is a closed day
        LocalDate due = LocalDate.parse(body.get("dueDate").asText());
        assertThat(due).isBetween(TODAY.plusDays(2), TODAY.plusDays(5));
        HttpResponse<String> again = gw.post("/api/circulation/checkout",
                "{\"library\":\"RI\",\"member\":\"RI0001\",\"item\":\"RI1005\",\"requestId\":\"rest-1\"}");
        assertThat(again.body()).isEqualTo(r.body());
    }

    @Test
    void refusalsAreProblemJsonWithReasonInTheCallersLanguage() throws Exception {
        assertProblem(gw.post("/api/circulation/checkout",
                "{\"library\":\"RI\",\"member\":\"RI0003\",\"item\":\"RI1001\"}"), 422, "DEBT_LIMIT");
        HttpResponse<String> en = gw.send(HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + gw.gateway().httpPort() + "/api/circulation/checkout"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"library\":\"AJ\",\"member\":\"AJ0001\",\"item\":\"AJ1004\"}")));
        assertProblem(en, 422, "COLLECTION_NOT_LOANABLE");
        assertThat(json(en).get("detail").asText()).contains("not lent");
        assertProblem(gw.post("/api/circulation/checkout", "{\"library\":\"RI\",\"member\":\"RI0001\""), 400, "INVALID_REQUEST");
        assertProblem(gw.post("/api/circulation/checkout", "{\"library\":\"RI\",\"item\":\"RI1001\"}"), 400, "INVALID_REQUEST");
        assertProblem(gw.post("/api/circulation/checkout", "{\"library\":\"XX\",\"member\":\"RI0001\",\"item\":\"RI1001\"}"),
                404, "LIBRARY_UNKNOWN");
        assertProblem(gw.post("/api/circulation/checkout", "{\"library\":\"RI\",\"member\":\"RI0001\",\"item\":\"NOPE\"}"),
                404, "ITEM_UNKNOWN");
    }

    @Test
    void checkinRecordsTheReturnAndConflictsAreFourOhNine() throws Exception {
        assertThat(gw.post("/api/circulation/checkout", "{\"library\":\"KP\",\"member\":\"KP0001\",\"item\":\"KP1002\"}")
                .statusCode()).isEqualTo(200);
        assertProblem(gw.post("/api/circulation/checkout", "{\"library\":\"KP\",\"member\":\"KP0005\",\"item\":\"KP1002\"}"),
                409, "ITEM_ON_LOAN");
        HttpResponse<String> in = gw.post("/api/circulation/checkin", "{\"library\":\"KP\",\"item\":\"KP1002\"}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        assertThat(json(in).get("wasOnLoan").asBoolean()).isTrue();
        assertThat(json(in).get("itemStatus").asText()).isEqualTo("AVAILABLE");
    }

    @Test
    void renewAndRenewAllFollowTheProfile() throws Exception {
        gw.post("/api/circulation/checkout", "{\"library\":\"AJ\",\"member\":\"AJ0001\",\"item\":\"AJ1001\"}");
        gw.post("/api/circulation/checkout", "{\"library\":\"AJ\",\"member\":\"AJ0001\",\"item\":\"AJ1006\"}");
        HttpResponse<String> r = gw.post("/api/circulation/renew", "{\"library\":\"AJ\",\"member\":\"AJ0001\",\"item\":\"AJ1001\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("renewals").asInt()).isEqualTo(1);
        assertProblem(gw.post("/api/circulation/renew", "{\"library\":\"AJ\",\"member\":\"AJ0001\",\"item\":\"AJ1001\"}"),
                422, "RENEWAL_LIMIT");
        HttpResponse<String> all = gw.post("/api/circulation/renew-all", "{\"library\":\"AJ\",\"member\":\"AJ0001\"}");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(json(all).get("renewed")).isEmpty();
        assertThat(json(all).get("refused")).hasSize(2);
    }

    @Test
    void holdsAndOrdersCanBePlacedAndCancelled() throws Exception {
        HttpResponse<String> placed = gw.post("/api/circulation/holds",
                "{\"library\":\"RI\",\"member\":\"RI0002\",\"item\":\"RI1002\"}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(json(placed).get("kind").asText()).isEqualTo("ORDER");
        HttpResponse<String> info = gw.get("/api/circulation/items/RI1002?library=RI");
        assertThat(json(info).get("status").asText()).isEqualTo("ON_HOLD_SHELF");
        assertThat(json(info).get("holdPickupMemberId").asText()).isEqualTo("RI0002");
        HttpResponse<String> cancelled = gw.post("/api/circulation/holds/cancel",
                "{\"library\":\"RI\",\"member\":\"RI0002\",\"item\":\"RI1002\"}");
        assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json(gw.get("/api/circulation/items/RI1002?library=RI")).get("status").asText()).isEqualTo("AVAILABLE");
        assertProblem(gw.post("/api/circulation/holds/cancel", "{\"library\":\"RI\",\"member\":\"RI0002\",\"item\":\"RI1002\"}"),
                404, "HOLD_UNKNOWN");
    }

    @Test
    void paymentsReduceTheDebtAndLiftTheBlock() throws Exception {
        assertProblem(gw.post("/api/circulation/payments", "{\"library\":\"PO\",\"member\":\"PO0003\",\"amount\":999}"),
                400, "PAYMENT_INVALID");
        HttpResponse<String> paid = gw.post("/api/circulation/payments",
                "{\"library\":\"PO\",\"member\":\"PO0003\",\"amount\":10.00,\"requestId\":\"pay-1\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(json(paid).get("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(gw.post("/api/circulation/checkout", "{\"library\":\"PO\",\"member\":\"PO0003\",\"item\":\"PO1002\"}")
                .statusCode()).isEqualTo(200);
        assertThat(json(gw.get("/api/members/PO0003/fees")).get(0).get("paid").decimalValue()).isEqualByComparingTo("10.00");
    }

    @Test
    void membersCrudWithHashedPinAndErasure() throws Exception {
        HttpResponse<String> created = gw.post("/api/members", """
                {"id":"RA0100","library":"RA","firstName":"Žan","lastName":"Čož","category":"STUDENT",
                 "birthDate":"2001-05-05","pin":"9876","cards":["RAC0100"],"feePaidUntil":"2099-01-01"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("9876").contains("\"hasPin\":true");
        assertThat(json(gw.get("/api/members/RAC0100")).get("lastName").asText()).isEqualTo("Čož");
        HttpResponse<String> updated = gw.put("/api/members/RA0100", "{\"email\":\"zan@example.org\"}");
        assertThat(json(updated).get("email").asText()).isEqualTo("zan@example.org");
        assertThat(json(updated).get("firstName").asText()).isEqualTo("Žan");
        assertProblem(gw.post("/api/members", "{\"id\":\"RA0101\",\"library\":\"RA\",\"lastName\":\"X\",\"category\":\"CHILD\","
                + "\"birthDate\":\"" + TODAY.minusYears(8) + "\"}"), 422, "GUARDIAN_REQUIRED");
        assertProblem(gw.post("/api/members", "{\"id\":\"RA0102\",\"library\":\"RA\",\"lastName\":\"X\",\"category\":\"WIZARD\"}"),
                400, "INVALID_REQUEST");
        assertThat(json(gw.get("/api/members?library=RA")).size()).isGreaterThanOrEqualTo(6);
        assertThat(gw.delete("/api/members/RA0100").statusCode()).isEqualTo(204);
        assertProblem(gw.get("/api/members/RA0100"), 404, "MEMBER_UNKNOWN");
    }

    @Test
    void membersLoansHoldsStatusAndTransactions() throws Exception {
        gw.post("/api/circulation/checkout", "{\"library\":\"NSK\",\"member\":\"NSK0001\",\"item\":\"NSK1001\"}");
        gw.post("/api/circulation/holds", "{\"library\":\"NSK\",\"member\":\"NSK0005\",\"item\":\"NSK1001\"}");
        assertThat(json(gw.get("/api/members/NSK0001/loans")).get(0).get("itemId").asText()).isEqualTo("NSK1001");
        assertThat(json(gw.get("/api/members/NSK0005/holds")).get(0).get("status").asText()).isEqualTo("WAITING");
        JsonNode status = json(gw.get("/api/members/NSK0001/status"));
        assertThat(status.get("loans")).hasSize(1);
        assertThat(status.get("chargePrivilegesDenied").asBoolean()).isFalse();
        assertThat(json(gw.get("/api/members/NSK0001/transactions")).get(0).get("operation").asText()).isEqualTo("CHECKOUT");
        assertProblem(gw.delete("/api/members/NSK0001"), 409, "MEMBER_HAS_OBLIGATIONS");
    }

    @Test
    void itemsCrud() throws Exception {
        HttpResponse<String> created = gw.post("/api/items", """
                {"id":"PO7777","library":"PO","unit":"PO-POS","title":"Na klancu","author":"Cankar, Ivan","materialType":"BOOK"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("status").asText()).isEqualTo("AVAILABLE");
        assertThat(json(gw.put("/api/items/PO7777", "{\"callNumber\":\"821.163.6 CAN\"}")).get("callNumber").asText())
                .isEqualTo("821.163.6 CAN");
        assertThat(json(gw.get("/api/items/PO7777")).get("title").asText()).isEqualTo("Na klancu");
        assertThat(json(gw.get("/api/items?library=PO&limit=100")).size()).isEqualTo(9);
        assertProblem(gw.post("/api/items", "{\"id\":\"PO7778\",\"library\":\"PO\",\"unit\":\"XX\",\"title\":\"T\"}"),
                400, "INVALID_REQUEST");
        assertThat(gw.delete("/api/items/PO7777").statusCode()).isEqualTo(204);
        assertProblem(gw.get("/api/items/PO7777"), 404, "ITEM_UNKNOWN");
    }

    @Test
    void librariesAndTheirProfiles() throws Exception {
        JsonNode list = json(gw.get("/api/libraries"));
        assertThat(list).hasSize(6);
        JsonNode ra = json(gw.get("/api/libraries/RA"));
        assertThat(ra.get("renewals").get("max").asInt()).isEqualTo(2);
        assertThat(ra.get("holds").get("maxActive").asInt()).isEqualTo(5);
        assertProblem(gw.get("/api/libraries/ZZ"), 404, "LIBRARY_UNKNOWN");
    }
}
