package dev.aiinterview.web.http;

/** A request the app refuses, with the HTTP status and a message written for the person who sent it ({@link ApiProblem} adds the REST API's details). */
public class WebException extends RuntimeException {

    private final int status;

    public WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static WebException badRequest(String message) {
        return new WebException(400, message);
    }

    public static WebException notFound(String message) {
        return new WebException(404, message);
    }

    public static WebException conflict(String message) {
        return new WebException(409, message);
    }
}
