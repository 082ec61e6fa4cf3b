package de.magdeburg.integration.netzwerk.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Request bodies read with a limit: a body over it is refused after {@code limit + 1} bytes, never
 * read whole (Tomcat's multipart limits do not apply to a raw {@code application/pdf} or JSON body).
 */
final class Bodies {
    /** A JSON document for a printed document: a meeting with its agenda, minutes or a work plan. */
    static final int JSON_LIMIT = 1024 * 1024;

    /** A body over its limit (HTTP 413). */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("Der Inhalt ist größer als " + limit / (1024 * 1024) + " MB und wurde nicht angenommen. / The body "
                    + "is larger than " + limit / (1024 * 1024) + " MB and was refused.");
        }
    }

    private Bodies() {
    }

    /**
     * @param limit the largest body accepted, in bytes
     * @return the whole body
     * @throws TooLargeException if the announced or the actual size is over {@code limit}
     */
    static byte[] read(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new TooLargeException(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new TooLargeException(limit);
            }
            return Arrays.copyOf(body, body.length);
        }
    }
}
