package dev.aiinterview.web.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends a candidate their interview link by email, through the configured SMTP server (Jakarta Mail). Connection
 * and reads are bounded by timeouts, so a slow server cannot hold a request for long.
 */
public final class InvitationMail {

    private static final String TIMEOUT_MS = "20000";

    private final MailSettings settings;
    private final Session session;

    /** Mail through these settings, which must be {@linkplain MailSettings#configured() configured}. */
    public InvitationMail(MailSettings settings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("No SMTP host is configured");
        }
        this.settings = settings;
        var props = new Properties();
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        props.put("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        Authenticator auth = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().orElseThrow(), settings.password().orElse(""));
            }
        };
        this.session = Session.getInstance(props, auth);
    }

    /**
     * Sends the link to the candidate.
     *
     * @throws MessagingException when the address is not valid or the server refuses or cannot be reached
     */
    public void send(String to, String candidateName, String roleTitle, String link, String validUntil)
            throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject("Your interview for " + roleTitle, StandardCharsets.UTF_8.name());
        message.setText("Hello " + candidateName + ",\n\n"
                + "You are invited to an interview for the role of " + roleTitle + ". Open this link to read how "
                + "the interview works and to start it when you are ready:\n\n"
                + link + "\n\n"
                + "The link is personal and works until " + validUntil + ". You can decline the interview on the "
                + "same page.\n", StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
