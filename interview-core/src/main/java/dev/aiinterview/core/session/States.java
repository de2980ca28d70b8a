package dev.aiinterview.core.session;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.Engines;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Copies of a {@link SessionState} with one part changed. */
final class States {

    static SessionState status(SessionState s, SessionStatus status) {
        return new SessionState(s.id(), status, s.plan(), s.turns(), s.maxFollowUps(), s.createdAt(), s.consentedAt(),
                s.endedAt(), s.endReason(), s.accounting(), s.enginesUsed(), s.report(), s.metadata());
    }

    static SessionState consented(SessionState s, Instant at) {
        return new SessionState(s.id(), SessionStatus.CONSENTED, s.plan(), s.turns(), s.maxFollowUps(), s.createdAt(),
                at, s.endedAt(), s.endReason(), s.accounting(), s.enginesUsed(), s.report(), s.metadata());
    }

    static SessionState turns(SessionState s, List<Turn> turns) {
        return new SessionState(s.id(), s.status(), s.plan(), turns, s.maxFollowUps(), s.createdAt(), s.consentedAt(),
                s.endedAt(), s.endReason(), s.accounting(), s.enginesUsed(), s.report(), s.metadata());
    }

    static SessionState replaceTurn(SessionState s, int index, Turn turn) {
        var turns = new ArrayList<>(s.turns());
        turns.set(index, turn);
        return turns(s, turns);
    }

    static SessionState addTurn(SessionState s, Turn turn) {
        var turns = new ArrayList<>(s.turns());
        turns.add(turn);
        return turns(s, turns);
    }

    static SessionState accounting(SessionState s, Accounting accounting) {
        return new SessionState(s.id(), s.status(), s.plan(), s.turns(), s.maxFollowUps(), s.createdAt(),
                s.consentedAt(), s.endedAt(), s.endReason(), accounting, s.enginesUsed(), s.report(), s.metadata());
    }

    static SessionState engines(SessionState s, String llm, String stt) {
        var llms = new LinkedHashSet<>(s.enginesUsed().llm());
        var stts = new LinkedHashSet<>(s.enginesUsed().speechToText());
        if (llm != null) {
            llms.add(llm);
        }
        if (stt != null) {
            stts.add(stt);
        }
        return new SessionState(s.id(), s.status(), s.plan(), s.turns(), s.maxFollowUps(), s.createdAt(),
                s.consentedAt(), s.endedAt(), s.endReason(), s.accounting(),
                new Engines(List.copyOf(llms), List.copyOf(stts)), s.report(), s.metadata());
    }

    static SessionState ended(SessionState s, SessionStatus status, Instant at, String reason, InterviewReport report) {
        return new SessionState(s.id(), status, s.plan(), s.turns(), s.maxFollowUps(), s.createdAt(), s.consentedAt(),
                at, reason, s.accounting(), s.enginesUsed(), report, s.metadata());
    }

    private States() {
    }
}
