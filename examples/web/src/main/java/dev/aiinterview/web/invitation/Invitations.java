package dev.aiinterview.web.invitation;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.error.SessionStateException;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.spi.InterviewStore;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.security.Tokens;
import dev.aiinterview.web.storage.MediaRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recruiter's side of interviews: an invitation per candidate (a session started from the plan, a link whose
 * token is stored only as a hash), new links, and deletion with every answer and recording.
 */
public final class Invitations {

    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);

    /** A new invitation and its link token, shown once. */
    public record Created(InvitationRepository.Invitation invitation, String token) {}

    private final Interviewer interviewer;
    private final InterviewStore store;
    private final InvitationRepository invitations;
    private final MediaRepository media;
    private final Path mediaDir;
    private final Clock clock;

    public Invitations(Interviewer interviewer, InterviewStore store, InvitationRepository invitations, MediaRepository media,
                Path mediaDir, Clock clock) {
        this.interviewer = interviewer;
        this.store = store;
        this.invitations = invitations;
        this.media = media;
        this.mediaDir = mediaDir;
        this.clock = clock;
    }

    public Created invite(String planId, InterviewPlan plan, String candidate, int validDays) {
        String label = candidate == null ? "" : candidate.strip();
        if (label.isEmpty() || label.length() > 200) {
            throw WebException.badRequest("Name the candidate (or give your reference for them), up to 200 characters.");
        }
        String id = UUID.randomUUID().toString();
        InterviewSession session = interviewer.start(plan, Map.of("invitation", id, "candidate", label));
        String token = Tokens.random();
        Instant now = clock.instant();
        invitations.create(id, Tokens.hash(token), planId, session.id(), label, plan.profile().roleTitle(), now,
                now.plus(Duration.ofDays(validDays)));
        interviewer.release(session.id());
        return new Created(invitations.byId(id).orElseThrow(), token);
    }

    /**
     * {@link #invite} for an API client, which may also give the candidate's email and its own id for them
     * (both may be null), stored with the invitation.
     */
    public Created invite(String planId, InterviewPlan plan, String candidate, int validDays, String email,
                          String externalId, Integer followUps) {
        Created created = invite(planId, plan, candidate, validDays);
        if (followUps != null) {
            // The session keeps its follow-up allowance in its state, read at every answer: set it before the
            // candidate can open the link (the session was released from memory by invite).
            SessionState s = store.load(created.invitation().sessionId()).orElseThrow();
            store.save(new SessionState(s.id(), s.status(), s.plan(), s.turns(), followUps, s.createdAt(),
                    s.consentedAt(), s.endedAt(), s.endReason(), s.accounting(), s.enginesUsed(), s.report(),
                    s.metadata()));
        }
        if (email != null || externalId != null) {
            invitations.contact(created.invitation().id(), email, externalId);
            return new Created(invitations.byId(created.invitation().id()).orElseThrow(), created.token());
        }
        return created;
    }

    /**
     * Cancels an interview: the link stops working (the candidate sees that it was cancelled) and a session not yet
     * finished is abandoned. Cancelling twice keeps the first time.
     *
     * @throws WebException 409 when the interview was completed or erased: there is nothing left to cancel
     */
    public void cancel(InvitationRepository.Invitation inv) {
        if (inv.erasedAt() != null || "COMPLETED".equals(inv.status())) {
            throw WebException.conflict("The interview was " + (inv.erasedAt() != null ? "erased" : "completed")
                    + ", so it can no longer be cancelled. To delete its data, DELETE the interview.");
        }
        invitations.cancelled(inv.id(), clock.instant());
        abandonIfOpen(inv.sessionId(), "Cancelled through the API");
        LOG.info("Interview {} cancelled through the API", inv.id());
    }

    /** What an erasure deleted. */
    public record Erasure(int recordingsDeleted, int answersDeleted, boolean reportDeleted, Instant erasedAt) {}

    /**
     * Erases an interview's personal data: the recordings (files and rows), the session with its answers,
     * transcripts and report, the candidate's name, email and the client's id for them, and the copies of these
     * elsewhere (see {@link InvitationRepository#erased}). The invitation stays as a tombstone, its link closed.
     * Of concurrent erasures one erases; every one returns the receipt that erasure stored.
     *
     * @param receipt makes the receipt to store from what was deleted
     * @return the stored receipt
     */
    public String erase(InvitationRepository.Invitation inv, java.util.function.Function<Erasure, String> receipt) {
        if (inv.erasureReceipt() != null) {
            return inv.erasureReceipt();
        }
        abandonIfOpen(inv.sessionId(), "Erased through the API");
        var state = store.load(inv.sessionId());
        int answers = state.map(s -> (int) s.turns().stream().filter(t -> t.answer() != null).count()).orElse(0);
        boolean report = state.map(s -> s.report() != null).orElse(false);
        int recordings = media.forSession(inv.sessionId()).size();
        Instant now = clock.instant();
        // The tombstone first: from here on the link is closed, whatever fails below is retried by a new DELETE.
        // Only the erasure that made the tombstone deletes and counts: a concurrent one, which may have counted
        // after the first deleted, answers the first one's receipt instead of its own zeros.
        var erasure = new Erasure(recordings, answers, report, now);
        if (!invitations.erased(inv.id(), now, receipt.apply(erasure))) {
            return invitation(inv.id()).erasureReceipt();
        }
        store.delete(inv.sessionId());
        media.deleteForSession(inv.sessionId());
        deleteTree(mediaDir.resolve(inv.sessionId()));
        LOG.info("Interview {} erased: {} recording(s), {} answer(s), report {}", inv.id(), recordings, answers,
                report ? "deleted" : "none");
        return invitation(inv.id()).erasureReceipt();
    }

    /**
     * Deletes again what erased interviews may have gained after their erasure: an answer being processed or an
     * upload in flight at that moment can write its session state or recording afterwards. Looks only at the
     * tombstones with such rows and those erased since {@code recentSince} (see
     * {@link InvitationRepository#erasedSessionsToPurge}), so a run stays cheap however many tombstones are kept.
     * Returns the sessions that had something left.
     */
    public int purgeErased(Instant recentSince) {
        int purged = 0;
        for (String sessionId : invitations.erasedSessionsToPurge(recentSince)) {
            boolean state = store.load(sessionId).isPresent();
            boolean recordings = !media.forSession(sessionId).isEmpty() || Files.exists(mediaDir.resolve(sessionId));
            if (state || recordings) {
                store.delete(sessionId);
                media.deleteForSession(sessionId);
                deleteTree(mediaDir.resolve(sessionId));
                purged++;
            }
        }
        return purged;
    }

    /** A new link for an invitation; the old one stops working. */
    public String newLink(String invitationId, int validDays) {
        InvitationRepository.Invitation inv = invitation(invitationId);
        String token = Tokens.random();
        invitations.rotate(inv.id(), Tokens.hash(token), clock.instant().plus(Duration.ofDays(validDays)));
        return token;
    }

    public InvitationRepository.Invitation invitation(String id) {
        return invitations.byId(id).orElseThrow(() -> WebException.notFound("There is no such interview."));
    }

    public SessionState state(InvitationRepository.Invitation inv) {
        return store.load(inv.sessionId()).orElseThrow(() -> WebException.notFound(inv.erasedAt() != null
                ? "The interview was erased: its answers, report and recordings are deleted."
                : "The interview's data is gone."));
    }

    /** Deletes an interview with its answers, report and recordings. */
    public void delete(String invitationId) {
        InvitationRepository.Invitation inv = invitation(invitationId);
        abandonIfOpen(inv.sessionId(), "Deleted by the recruiter");
        store.delete(inv.sessionId());
        media.deleteForSession(inv.sessionId());
        deleteTree(mediaDir.resolve(inv.sessionId()));
        invitations.delete(inv.id());
        LOG.info("Interview {} deleted with its recordings", inv.id());
    }

    /**
     * Ends the interview's session unless it has ended already, and releases it. Another request (a concurrent
     * erasure, the candidate's last answer) may end it between the check and the change: that is not an error.
     */
    private void abandonIfOpen(String sessionId, String reason) {
        interviewer.resume(sessionId).filter(s -> !s.status().isFinal()).ifPresent(s -> {
            try {
                s.abandon(reason);
            } catch (SessionStateException e) {
                if (!s.status().isFinal()) {
                    throw e;
                }
            }
        });
        interviewer.release(sessionId);
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", dir, e.getMessage());
        }
    }
}
