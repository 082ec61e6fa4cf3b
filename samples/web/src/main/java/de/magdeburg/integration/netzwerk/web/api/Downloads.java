package de.magdeburg.integration.netzwerk.web.api;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers that are files: the type and a file name the client can save them under. */
final class Downloads {
    private Downloads() {
    }

    /** @return the PDF as an attachment named {@code filename} */
    static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return file(body, MediaType.APPLICATION_PDF, filename);
    }

    /** @return the body as an attachment of {@code type} named {@code filename} */
    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
