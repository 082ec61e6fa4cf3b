package de.magdeburg.integration.netzwerk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsThePermissionsOfTheUmaskNotOwnerOnly() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));           // what the umask allows

        AtomicFiles.replace(dir.resolve("out.json"), out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(dir.resolve("out.json")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Path register = Files.writeString(dir.resolve("register.json"), "old");
        Files.setPosixFilePermissions(register, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.replace(register, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(register)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(register))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path register = Files.writeString(dir.resolve("register.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.replace(register, out -> {
            out.write('x');
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(register)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(register);
        }
    }
}
