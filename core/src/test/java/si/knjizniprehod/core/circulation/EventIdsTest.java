package si.knjizniprehod.core.circulation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdsTest {
    @Test
    void idsAreVersion7UuidsCarryingTheirMillisecond() {
        long at = 1_764_590_400_123L;
        UUID id = UUID.fromString(EventIds.next(at));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at);
    }

    @Test
    void manyThreadsInTheSameMillisecondNeverRepeatAnId() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 200_000).parallel().forEach(i -> ids.add(EventIds.next(42L)));
        assertThat(ids).hasSize(200_000);
        Set<String> sequential = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            sequential.add(EventIds.next(42L));
        }
        assertThat(sequential).hasSize(1_000);
    }
}
