package si.knjizniprehod.mappings.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 300,000 generated records (about 350 MB of ISO 2709, a garbage record every 10,000th) are read, crosswalked
 * UNIMARC -> MARC 21 and written as MARCXML in a forked JVM capped at -Xmx128m. The heap used after a full GC is
 * sampled at 1/6, 1/2 and the end of the stream and must not grow.
 */
class FlatMemoryTest {

    @Test
    void threeHundredThousandRecordsIn128MbHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), FlatMemoryMain.class.getName(), "300000",
                TestData.file("unimarc/periouni.mrc").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Matcher m = Pattern.compile("ok=(\\d+) errors=(\\d+) bytesIn=(\\d+) bytesOut=(\\d+) maxHeapMB=(\\d+) usedAfterGcMB=\\[(\\d+), (\\d+), (\\d+)\\]").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(299_970);
        assertThat(Long.parseLong(m.group(2))).isEqualTo(30);
        assertThat(Long.parseLong(m.group(3))).as("input streamed, far larger than the heap").isGreaterThan(300L << 20);
        assertThat(Long.parseLong(m.group(5))).isLessThanOrEqualTo(128);
        long first = Long.parseLong(m.group(6));
        long last = Long.parseLong(m.group(8));
        assertThat(last).as("heap after GC at the end vs at 50,000 records: " + out).isLessThanOrEqualTo(first + 8);
        System.out.println("FlatMemoryTest child: " + out.trim());
    }
}
