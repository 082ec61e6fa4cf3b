package de.magdeburg.integration.netzwerk.web;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a meeting's invitation or cancellation to its mailing list (Verteiler, § 1 Abs. 4): one
 * message, the addresses in Bcc so partners do not see each other's addresses, the PDF and the
 * calendar file attached. Without {@code spring.mail.host} there is no mail server and nothing is
 * sent. Thread-safe.
 */
@Component
public class InvitationMailer {
    /** The mail could not be sent; the message is for the coordinator, in German. */
    public static final class NotSentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> sender,
            @Value("${netzwerk.web.mail-from:netzwerkkoordination@magdeburg.example}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** @return whether a mail server is configured */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * @param recipients the addresses; not empty
     * @param subject the subject line
     * @param text the plain-text body
     * @param pdf the letter, or null (a cancellation may go without)
     * @param pdfName the letter's file name
     * @param calendar the RFC 5545 calendar
     * @param method its METHOD ({@code REQUEST}, {@code CANCEL}), repeated in the part's content type
     *     as RFC 6047 asks, so mail programs offer to update the calendar
     * @throws NotSentException if no server is configured or the server refused
     */
    public void send(List<String> recipients, String subject, String text, byte[] pdf, String pdfName,
            String calendar, String method) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new NotSentException("Es ist kein Mailserver eingerichtet (spring.mail.host); es wurde nichts "
                    + "gesendet.", null);
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(from);
            helper.setBcc(recipients.toArray(String[]::new));
            helper.setSubject(subject);
            helper.setText(text);
            if (pdf != null) {
                helper.addAttachment(pdfName, new ByteArrayResource(pdf), "application/pdf");
            }
            helper.addAttachment(method.equals("CANCEL") ? "Absage.ics" : "Einladung.ics",
                    new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + method);
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new NotSentException("Die E-Mail konnte nicht gesendet werden: " + e.getMessage(), e);
        }
    }
}
