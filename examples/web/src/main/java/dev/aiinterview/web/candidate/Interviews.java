package dev.aiinterview.web.candidate;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.MediaRef;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.security.Tokens;
import dev.aiinterview.web.storage.MediaRepository;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The candidate's side of an interview: the session behind a link. Sessions are resumed from the store on demand,
 * so after a restart the candidate continues where they were, and an answer stored but not processed is processed
 * again. A finished interview is completed (the report written) in the background. The recruiter's side is
 * {@link Invitations}.
 */
public final class Interviews {

    private static final Logger LOG = LoggerFactory.getLogger(Interviews.class);
    /** The version of the candidate notice the consent refers to. */
    static final String NOTICE_VERSION = "2025-1";
    /** The notice's variant shown while voice answers are off: it promises no transcript of the voice. */
    static final String NOTICE_VERSION_TYPED = NOTICE_VERSION + "-typed";
    static final int MAX_TEXT_ANSWER = 10_000;
    /** The end reason of a session whose candidate declined the interview. */
    static final String DECLINED = "Declined by the candidate";
    /** The longest message a candidate may leave when declining; the column holds this much. */
    static final int MAX_DECLINE_MESSAGE = 2_000;

    private final Interviewer interviewer;
    private final InvitationRepository invitations;
    private final MediaRepository media;
    private final Clock clock;
    /** Read on every request: voice answers turn on without a restart once the default model is ready. */
    private final BooleanSupplier speechToText;
    private final Set<String> completing = ConcurrentHashMap.newKeySet();

    public Interviews(Interviewer interviewer, InvitationRepository invitations, MediaRepository media, Clock clock,
                      BooleanSupplier speechToText) {
        this.interviewer = interviewer;
        this.invitations = invitations;
        this.media = media;
        this.clock = clock;
        this.speechToText = speechToText;
    }

    /** Whether voice answers are on for a candidate who has not consented yet. */
    boolean speechToText() {
        return speechToText.getAsBoolean();
    }

    /**
     * Whether this session's candidate may answer by voice: voice answers are on, and the notice the candidate
     * agreed to promised a transcript. One who consented while they were off read that nothing they say would be
     * transcribed, and keeps typing when they turn on later.
     */
    boolean speechToText(InterviewSession session) {
        return speechToText.getAsBoolean() && !invitations.consentNoticeOfSession(session.id())
                .filter(NOTICE_VERSION_TYPED::equals).isPresent();
    }

    /** The invitation behind a link: unknown links are 404, expired ones 410. */
    InvitationRepository.Invitation byToken(String token) {
        if (!Tokens.wellFormed(token)) {
            throw WebException.notFound("This interview link is not valid. Check that you copied all of it.");
        }
        InvitationRepository.Invitation inv = invitations.byTokenHash(Tokens.hash(token)).orElseThrow(() ->
                WebException.notFound("This interview link is not valid. Check that you copied all of it."));
        if (inv.erasedAt() != null) {
            throw new WebException(410, "This interview was closed and its answers deleted at the recruiter's "
                    + "request. Please contact the recruiter if you have questions.");
        }
        if (inv.cancelledAt() != null) {
            throw new WebException(410, "This interview was cancelled by the recruiter. Please contact them if "
                    + "you think this is a mistake.");
        }
        if (inv.expired(clock.instant())) {
            throw new WebException(410, "This interview link has expired. Please ask the recruiter for a new one.");
        }
        return inv;
    }

    InterviewSession session(InvitationRepository.Invitation inv) {
        InterviewSession session = interviewer.resume(inv.sessionId()).orElseThrow(() ->
                WebException.notFound("This interview no longer exists."));
        completeIfFinished(session);
        return session;
    }

    /** The version of the notice the candidate page shows for this session: with a transcript line or without. */
    String noticeVersion(InterviewSession session) {
        return speechToText(session) ? NOTICE_VERSION : NOTICE_VERSION_TYPED;
    }

    /**
     * Records the consent to the notice the page showed ({@code shown}, sent back by the page), not to the one the
     * server would show now: voice answers may have turned on while the candidate was reading. Without a version
     * (an older page) the current notice is taken.
     */
    void consent(InvitationRepository.Invitation inv, String shown) {
        if (shown != null && !shown.equals(NOTICE_VERSION) && !shown.equals(NOTICE_VERSION_TYPED)) {
            throw WebException.badRequest("This page is out of date. Reload it, read the notice and agree again.");
        }
        InterviewSession session = session(inv);
        if (session.status() == SessionStatus.CREATED) {
            session.consent();
            invitations.consented(inv.id(), clock.instant(), shown != null ? shown : noticeVersion(session));
        }
    }

    /**
     * The candidate declines the interview before it started: the choice and their message are stored for the
     * recruiter, and the session is closed, so the link cannot be used to answer.
     */
    void decline(InvitationRepository.Invitation inv, String message) {
        String clean = message == null ? "" : message.strip();
        if (clean.length() > MAX_DECLINE_MESSAGE) {
            throw WebException.badRequest("The message is too long: keep it under " + MAX_DECLINE_MESSAGE
                    + " characters.");
        }
        if (inv.declined()) {
            return; // a retried request: the first decline stands
        }
        InterviewSession session = session(inv);
        if (session.status() != SessionStatus.CREATED && session.status() != SessionStatus.CONSENTED) {
            throw WebException.conflict("The interview has already started, so it can no longer be declined here. "
                    + "Please contact the recruiter.");
        }
        invitations.declined(inv.id(), clock.instant(), clean);
        session.abandon(DECLINED);
        LOG.info("The candidate of session {} declined the interview", session.id());
    }

    /** Refuses every step of the interview on a link whose candidate declined it. */
    static void requireNotDeclined(InvitationRepository.Invitation inv) {
        if (inv.declined()) {
            throw WebException.conflict("You declined this interview, so this link can no longer be used to answer. "
                    + "If you changed your mind, please contact the recruiter.");
        }
    }

    void start(InvitationRepository.Invitation inv) {
        InterviewSession session = session(inv);
        if (session.status() == SessionStatus.CREATED) {
            throw WebException.conflict("Please read the notice and give your consent first.");
        }
        if (session.status() == SessionStatus.CONSENTED) {
            session.start();
        }
    }

    /** The index of the turn awaiting an answer, checked against the one the page is showing. */
    int openTurn(InterviewSession session, int turn) {
        if (session.status() != SessionStatus.IN_PROGRESS || session.currentTurn().isEmpty()) {
            throw new WebException(409, "This question was already answered.");
        }
        int open = session.state().turns().size() - 1;
        if (turn != open) {
            throw new WebException(409, "This question was already answered.");
        }
        return open;
    }

    /** Whether the page's answer for {@code turn} was already received (a retried request). */
    boolean alreadyAnswered(InterviewSession session, int turn) {
        var turns = session.state().turns();
        return turn >= 0 && turn < turns.size() && turns.get(turn).answer() != null;
    }

    void answerText(InterviewSession session, int turn, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw WebException.badRequest("The answer is empty. Type your answer, then send it.");
        }
        if (clean.length() > MAX_TEXT_ANSWER) {
            throw WebException.badRequest("The answer is too long: keep it under " + MAX_TEXT_ANSWER + " characters.");
        }
        openTurn(session, turn);
        submit(session, CandidateAnswer.text(clean));
    }

    void answerAudio(InterviewSession session, int turn, String audioId) {
        if (!speechToText(session)) {
            throw WebException.conflict("Spoken answers cannot be transcribed on this server. Please type your answer.");
        }
        openTurn(session, turn);
        MediaRepository.Media audio = media.find(audioId == null ? "" : audioId)
                .filter(m -> m.sessionId().equals(session.id()) && m.turnIndex() == turn
                        && m.kind() == MediaRepository.Kind.AUDIO)
                .orElseThrow(() -> WebException.badRequest("Upload the recording of this answer first."));
        var ref = new MediaRef(audio.path().toUri().toString(), audio.mimeType(), audio.sizeBytes(), audio.durationMs());
        submit(session, CandidateAnswer.audio(AudioInput.ofFile(audio.path(), audio.mimeType()), ref));
    }

    void skip(InterviewSession session, int turn) {
        openTurn(session, turn);
        submit(session, CandidateAnswer.skipped());
    }

    private void submit(InterviewSession session, CandidateAnswer answer) {
        session.submitAsync(answer).whenComplete((t, e) -> {
            if (e != null) {
                LOG.warn("Answer of session {} kept but not processed: {}", session.id(), e.getMessage());
            }
            completeIfFinished(session);
        });
        completeIfFinished(session); // a skipped last answer finishes at once
    }

    /** Writes the report once every prompt is answered; a failure is retried on the next visit. */
    void completeIfFinished(InterviewSession session) {
        if (session.isFinished() && completing.add(session.id())) {
            session.completeAsync().whenComplete((report, e) -> {
                if (e != null) {
                    LOG.warn("Completing session {} failed; will retry: {}", session.id(), e.getMessage());
                    completing.remove(session.id());
                } else {
                    LOG.info("Interview {} completed; the report is ready", session.id());
                    interviewer.release(session.id());
                }
            });
        }
    }
}
