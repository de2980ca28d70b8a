package dev.aiinterview.web;

/** A request the app refuses, with the HTTP status and a message written for the person who sent it. */
final class WebException extends RuntimeException {

    private final int status;

    WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static WebException badRequest(String message) {
        return new WebException(400, message);
    }

    static WebException notFound(String message) {
        return new WebException(404, message);
    }

    static WebException conflict(String message) {
        return new WebException(409, message);
    }
}
