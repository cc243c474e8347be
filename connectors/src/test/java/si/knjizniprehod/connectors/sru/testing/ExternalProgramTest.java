package si.knjizniprehod.connectors.sru.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A missing server program must fail the test loudly, never skip it. */
class ExternalProgramTest {

    @Test
    void missingProgramFailsWithInstallHint() {
        assertThatThrownBy(() -> ExternalProgram.require("no-such-sru-server-xyz", "idzebra-2.0"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no-such-sru-server-xyz is not installed")
                .hasMessageContaining("apt-get install -y idzebra-2.0");
    }

    @Test
    void installedProgramsAreFound() {
        assertThat(ExternalProgram.require("zebrasrv", "idzebra-2.0")).isExecutable();
        assertThat(ExternalProgram.require("yaz-ztest", "yaz")).isExecutable();
    }

    @Test
    void sampleDataIsFound() {
        assertThat(TestData.marc("marc21/pride-and-prejudice-fixed.mrc")).isRegularFile();
    }
}
