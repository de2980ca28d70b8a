package dev.aiinterview.web.invitation;

import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.http.Format;
import io.javalin.http.Context;

/**
 * The page that shows a new invitation link, the only time it can be shown.
 *
 * @param candidate   the candidate's name or the recruiter's reference
 * @param roleTitle   the role the interview is for
 * @param validUntil  the link's last day
 * @param link        the full link to send
 * @param interviewId the interview's id, for the recruiter's page of it
 */
public record InvitationLinkPage(String candidate, String roleTitle, String validUntil, String link,
                                 String interviewId) {

    /** The link of a token: under the configured public address, else the address the recruiter's browser used. */
    public static String link(Context ctx, WebSettings settings, String token) {
        String base = settings.publicUrl().orElse(ctx.scheme() + "://" + ctx.host());
        return base + "/i/" + token;
    }

    /** The page for an invitation and its link. */
    public static InvitationLinkPage of(InvitationRepository.Invitation invitation, String link) {
        return new InvitationLinkPage(invitation.candidate(), invitation.roleTitle(),
                Format.day(invitation.expiresAt()), link, invitation.id());
    }
}
