package dev.aiinterview.web.http;

import io.javalin.http.Context;

/**
 * The security headers of every response: a strict content security policy, no framing, no sniffing, no referrer,
 * camera and microphone for this origin only.
 */
public final class SecurityHeaders {

    /** No inline script or style, no framing, nothing loaded from elsewhere. Recordings play from blob: URLs. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self' blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Sets them on a response: every page, JSON reply, file and error gets the same. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (!ctx.path().startsWith("/assets/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private SecurityHeaders() {
    }
}
