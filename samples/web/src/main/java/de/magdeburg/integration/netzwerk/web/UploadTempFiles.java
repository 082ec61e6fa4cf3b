package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where Tomcat writes uploads while they arrive: one fixed directory
 * ({@code netzwerk.web.upload-dir}, default {@code .netzwerk/web/uploads}), readable by the
 * service's user only (700), instead of a new temporary folder per start. Tomcat deletes an
 * upload's file when the request ends, also when the sender broke off; what a killed service left
 * behind is deleted at the next start, and anything older than {@link #OLDEST} every ten minutes
 * (issue 23: 87 MB of {@code upload_*.tmp}, mode 644, in the folders of earlier starts).
 */
@Configuration
class UploadTempFiles {
    /** Longer than any upload may run (the body's read timeouts end a slower one first). */
    static final Duration OLDEST = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(UploadTempFiles.class);

    private final Path directory;

    UploadTempFiles(@Value("${netzwerk.web.upload-dir:.netzwerk/web/uploads}") Path directory) {
        this.directory = directory.toAbsolutePath();
        try {
            Files.createDirectories(this.directory);
            if (Files.getFileStore(this.directory).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload directory " + this.directory, e);
        }
        // at start no upload is under way: everything here was left by an earlier run
        delete(Instant.MAX);
    }

    /** Boot's multipart settings, in the fixed directory. */
    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart) {
        multipart.setLocation(directory.toString());
        return multipart.createMultipartConfig();
    }

    @Scheduled(initialDelay = 600_000, fixedDelay = 600_000)
    void sweep() {
        delete(Instant.now().minus(OLDEST));
    }

    /** @return how many files were deleted: Tomcat's upload files last modified before {@code before} */
    int delete(Instant before) {
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("upload_.*\\.tmp")).toList()) {
                try {
                    if (Files.getLastModifiedTime(f).compareTo(FileTime.from(before)) < 0 && Files.deleteIfExists(f)) {
                        deleted++;
                    }
                } catch (IOException e) {
                    LOG.warn("cannot delete left-over upload {}: {}", f.getFileName(), e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list the upload directory {}: {}", directory, e.toString());
        }
        if (deleted > 0) {
            LOG.info("deleted {} left-over upload files", deleted);
        }
        return deleted;
    }
}
