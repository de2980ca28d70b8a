package dev.aiinterview.web.http;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns Jetty's refusals of a form it cannot read into answers for the person who sent it. Jetty reports a
 * multipart body over its limits, or with a byte a header may not hold (a NUL in a file name), as a
 * {@code ServletException} around a {@code BadMessageException} around an {@code IllegalStateException}: the
 * reason is only in the messages, so it is matched there.
 */
final class FormErrors {

    /** The clear refusal for a failure to read a form, if this is one. */
    static Optional<WebException> of(Throwable failure) {
        if (!fromJetty(failure)) {
            return Optional.empty();  // the app's own failure, whatever its message says: logged as such
        }
        boolean badMessage = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            badMessage |= t instanceof org.eclipse.jetty.http.BadMessageException;
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max file size exceeded") || message.contains("max request size exceeded")) {
                return Optional.of(new WebException(413, "The file is larger than 5 MB. Upload only the job advert, "
                        + "or paste its text (at most 50,000 characters)."));
            }
            if (message.contains("form is larger than max length") || message.contains("max length exceeded")) {
                return Optional.of(new WebException(413, "A field of the form is too long. Paste the job "
                        + "description's text, at most 50,000 characters."));
            }
            if (message.contains("invalid byte")) {
                return Optional.of(WebException.badRequest("The file name holds characters that cannot be sent "
                        + "(such as a NUL byte). Rename the file and upload it again."));
            }
        }
        if (badMessage) {
            return Optional.of(WebException.badRequest("The form could not be read. Reload the page and send it "
                    + "again."));
        }
        return Optional.empty();
    }

    /** Whether Jetty itself (or the servlet layer it parses forms in) raised anything in the chain. */
    private static boolean fromJetty(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.startsWith("org.eclipse.jetty.") || type.startsWith("jakarta.servlet.")) {
                return true;
            }
        }
        return false;
    }

    private FormErrors() {
    }
}
