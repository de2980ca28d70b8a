package dev.aiinterview.web.partner.greenhouse;

/** A refusal of a Greenhouse call: the HTTP status and a message that names the fix. */
final class GreenhouseException extends RuntimeException {

    private final int status;

    GreenhouseException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static GreenhouseException badRequest(String message) {
        return new GreenhouseException(400, message);
    }

    static GreenhouseException notFound(String message) {
        return new GreenhouseException(404, message);
    }
}
