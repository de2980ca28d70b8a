package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.mail.InvitationMail;
import dev.aiinterview.web.plan.SendablePlans;
import dev.aiinterview.web.storage.Database;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Greenhouse's four calls do, for one organization at a time: the tests (plans ready to send), sending one
 * (an invitation, its mapping, the link emailed), its status, and Greenhouse's reports of bad responses.
 */
final class GreenhouseConnector {

    private static final Logger LOG = LoggerFactory.getLogger(GreenhouseConnector.class);
    /** A call that lost the claim waits at most this many steps for the winner's interview (10 s in all). */
    private static final int AWAIT_STEPS = 100;
    private static final long AWAIT_STEP_MILLIS = 100;
    /** The response_error reports kept per organization: the latest ones. */
    static final int MAX_RESPONSE_ERRORS = 100;

    private final SendablePlans plans;
    private final Invitations invitations;
    private final InvitationRepository invitationRows;
    private final GreenhouseInterviews mappings;
    private final Database db;
    private final Optional<InvitationMail> mail;
    private final int invitationDays;
    private final GreenhouseSettings settings;
    private final Clock clock;

    GreenhouseConnector(SendablePlans plans, Invitations invitations, InvitationRepository invitationRows,
                        GreenhouseInterviews mappings, Database db, Optional<InvitationMail> mail, int invitationDays,
                        GreenhouseSettings settings, Clock clock) {
        this.plans = plans;
        this.invitations = invitations;
        this.invitationRows = invitationRows;
        this.mappings = mappings;
        this.db = db;
        this.mail = mail;
        this.invitationDays = invitationDays;
        this.settings = settings;
        this.clock = clock;
    }

    /** The organization's plans that may be sent, as {@code [{partner_test_id, partner_test_name}]}. */
    List<Map<String, String>> listTests(String orgId) {
        return plans.list(orgId).stream().map(p -> {
            var test = new LinkedHashMap<String, String>();
            test.put("partner_test_id", p.id());
            test.put("partner_test_name", p.title());
            return (Map<String, String>) test;
        }).toList();
    }

    /**
     * Sends a test: creates the interview from the plan and emails the candidate their link, once per Greenhouse
     * application and test; a repeated or concurrent call answers the same id (and, if the first email failed, sends
     * a new link). No lock is held: the first call claims the application with a unique insert
     * ({@link GreenhouseInterviews#claim}) before it creates anything, so that racing calls, on one server or
     * several, make one interview and one email.
     *
     * @param linkOf       the candidate's link for a link token
     * @param callbackAuth the Authorization value Greenhouse sent, kept (sealed) to authenticate the PATCH back
     * @return the {@code partner_interview_id}
     */
    String sendTest(String orgId, GreenhouseRequests.SendTest req, Function<String, String> linkOf,
                    String callbackAuth) {
        if (!settings.callbackAllowed(java.net.URI.create(req.callbackUrl()))) {
            throw GreenhouseException.badRequest("The field 'url' must be an https URL on a host this app PATCHes "
                    + "(" + String.join(", ", settings.callbackHosts()) + "); the operator sets them in "
                    + GreenhouseSettings.CALLBACK_HOSTS + ".");
        }
        Optional<GreenhouseInterviews.Mapping> sent = mappings.findSent(orgId, req.partnerTestId(),
                req.applicationKey());
        if (sent.isPresent()) {
            return repeated(sent.get(), req, linkOf);
        }
        SendablePlans.Sendable plan;
        try {
            plan = plans.find(orgId, req.partnerTestId()).orElseThrow(() -> GreenhouseException.notFound(
                    "There is no test '" + req.partnerTestId() + "' for this API key's organization: use a "
                            + "partner_test_id from list_tests."));
        } catch (SendablePlans.NotSendable e) {
            throw new GreenhouseException(409, e.getMessage());
        }
        if (!mappings.claim(orgId, req.partnerTestId(), req.applicationKey(), clock.instant())) {
            return repeated(awaitOther(orgId, req), req, linkOf);
        }
        Invitations.Created created;
        try {
            created = invitations.invite(plan.id(), plan.plan(), req.candidateName(), invitationDays);
        } catch (RuntimeException e) {
            mappings.release(orgId, req.partnerTestId(), req.applicationKey());
            throw e;
        }
        String id = created.invitation().id();
        Instant now = clock.instant();
        mappings.create(new GreenhouseInterviews.Mapping(id, orgId, req.partnerTestId(), req.applicationKey(),
                req.candidateId().orElse(null), req.applicationId().orElse(null), req.profileUrl(), req.email(), now,
                null, req.callbackUrl(), normalised(callbackAuth), 0, null, null), mail.isPresent() ? now : null);
        if (mail.isPresent()) {
            email(id, req, linkOf.apply(created.token()));
        } else {
            LOG.info("Greenhouse sent a test: interview {} created. No SMTP server is configured ({}), so no email "
                    + "was sent: a recruiter gets the candidate a link on /recruiter/interviews/{}", id,
                    "interview.web.smtp.host", id);
        }
        return id;
    }

    /** The answer to a send_test already made: the same id, and a new link emailed if none went out. */
    private String repeated(GreenhouseInterviews.Mapping m, GreenhouseRequests.SendTest req,
                            Function<String, String> linkOf) {
        if (m.mailSentAt() == null && mail.isPresent() && mappings.claimMail(m.invitationId(), clock.instant())) {
            email(m.invitationId(), req, linkOf.apply(invitations.newLink(m.invitationId(), invitationDays)));
        }
        LOG.info("Greenhouse send_test repeated for interview {}: answered with the same id", m.invitationId());
        return m.invitationId();
    }

    /** The interview another call (or server) that claimed this application is creating, once it exists. */
    private GreenhouseInterviews.Mapping awaitOther(String orgId, GreenhouseRequests.SendTest req) {
        for (int i = 0; i < AWAIT_STEPS; i++) {
            var sent = mappings.findSent(orgId, req.partnerTestId(), req.applicationKey());
            if (sent.isPresent()) {
                return sent.get();
            }
            try {
                Thread.sleep(AWAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new GreenhouseException(503, "This test is being sent to this application by another request; "
                + "send_test again shortly to get its partner_interview_id.");
    }

    /** The Basic value as the PATCH sends it: the scheme and the credentials, without extra spaces. */
    private static String normalised(String authorization) {
        return authorization == null ? null : "Basic " + authorization.substring(6).strip();
    }

    private void email(String invitationId, GreenhouseRequests.SendTest req, String link) {
        var inv = invitations.invitation(invitationId);
        try {
            mail.orElseThrow().send(req.email(), req.candidateName(), inv.roleTitle(), link,
                    Format.day(inv.expiresAt()));
        } catch (MessagingException e) {
            mappings.mailFailed(invitationId);
            LOG.warn("Interview {}: the invitation email could not be sent: {}", invitationId, e.toString());
            throw new GreenhouseException(503, "The interview was created but the email to the candidate could not "
                    + "be sent; send_test again later to retry (the same partner_interview_id is kept).");
        }
        mappings.mailSent(invitationId, clock.instant());
        LOG.info("Interview {}: invitation emailed to the candidate", invitationId);
    }

    /** The status of a test the organization sent; another organization's id is not found. */
    Map<String, Object> status(String orgId, String partnerInterviewId, Function<String, String> profileUrlOf) {
        var mapping = mappings.find(orgId, partnerInterviewId).orElseThrow(() -> notFound(partnerInterviewId));
        var inv = invitationRows.find(orgId, mapping.invitationId()).orElseThrow(() -> notFound(partnerInterviewId));
        SessionState state = invitations.state(inv);
        return GreenhouseStatus.of(inv, state, profileUrlOf.apply(inv.id()), clock.instant());
    }

    /**
     * Stores Greenhouse's report of a response it could not read, keeping the organization's latest
     * {@value #MAX_RESPONSE_ERRORS}, and logs it (it holds no secret).
     */
    void responseError(String orgId, GreenhouseRequests.ResponseError report) {
        String errors = GreenhouseInterviews.truncate(String.join("\n", report.errors()), 8000);
        db.update("INSERT INTO greenhouse_response_error (id, org_id, api_call, errors, partner_test_id, "
                        + "partner_interview_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), orgId, report.apiCall(), errors, report.partnerTestId().orElse(null),
                report.partnerInterviewId().orElse(null), clock.instant());
        // Bounded: any key with interviews:read may report, so only the latest reports are kept.
        db.update("DELETE FROM greenhouse_response_error WHERE org_id = ? AND id NOT IN (SELECT id FROM "
                + "greenhouse_response_error WHERE org_id = ? ORDER BY received_at DESC, id DESC FETCH FIRST "
                + MAX_RESPONSE_ERRORS + " ROWS ONLY)", orgId, orgId);
        LOG.warn("Greenhouse could not read our {} response (organization {}, test {}, interview {}): {}",
                report.apiCall(), orgId, report.partnerTestId().orElse("-"), report.partnerInterviewId().orElse("-"),
                report.errors());
    }

    private static GreenhouseException notFound(String id) {
        return GreenhouseException.notFound("There is no interview '" + id + "' sent with this API key's "
                + "organization: use the partner_interview_id send_test answered.");
    }
}
