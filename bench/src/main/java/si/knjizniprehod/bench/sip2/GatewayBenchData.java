package si.knjizniprehod.bench.sip2;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Creates, through a running gateway's REST API, the patrons and items the SIP2 load generator uses:
 * patrons {@code P000000…} and for each 50 items {@code I000000…} in library RI. Existing records are
 * left alone (409/400 "exists" answers are counted, not fatal), so it can be run twice.
 *
 * <pre>--http=http://127.0.0.1:8080 --patrons=200 --items-per-patron=50 --library=RI --unit=RI-RIB</pre>
 */
public final class GatewayBenchData {
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            o.put(a.substring(2, eq), a.substring(eq + 1));
        }
        String base = o.getOrDefault("http", "http://127.0.0.1:8080");
        int patrons = Integer.parseInt(o.getOrDefault("patrons", "200"));
        int perPatron = Integer.parseInt(o.getOrDefault("items-per-patron", "50"));
        String lib = o.getOrDefault("library", "RI");
        String unit = o.getOrDefault("unit", "RI-RIB");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int p = 0; p < patrons; p++) {
            String body = String.format("{\"id\":\"P%06d\",\"library\":\"%s\",\"firstName\":\"Bench\",\"lastName\":\"Patron %d\","
                    + "\"category\":\"ADULT\",\"birthDate\":\"1980-01-01\",\"feePaidUntil\":\"2099-12-31\"}", p, lib, p);
            calls.add(post(http, inFlight, base + "/api/members", body));
            for (int i = 0; i < perPatron; i++) {
                int n = p * perPatron + i;
                String item = String.format("{\"id\":\"I%06d\",\"library\":\"%s\",\"unit\":\"%s\",\"bibId\":\"BENCH-%d\","
                        + "\"title\":\"Bench title %d\",\"materialType\":\"BOOK\"}", n, lib, unit, n, n);
                calls.add(post(http, inFlight, base + "/api/items", item));
            }
        }
        Map<Integer, Integer> byStatus = new HashMap<>();
        for (CompletableFuture<Integer> c : calls) {
            byStatus.merge(c.get(), 1, Integer::sum);
        }
        System.out.printf("seeded %d patrons and %d items in %.1f s; HTTP statuses %s%n", patrons, patrons * perPatron,
                (System.nanoTime() - t0) / 1e9, byStatus);
    }

    private static CompletableFuture<Integer> post(HttpClient http, Semaphore inFlight, String url, String json)
            throws InterruptedException {
        inFlight.acquire();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.discarding())
                .whenComplete((r, e) -> inFlight.release())
                .thenApply(HttpResponse::statusCode);
    }
}
