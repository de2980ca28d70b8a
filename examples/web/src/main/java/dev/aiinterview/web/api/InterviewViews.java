package dev.aiinterview.web.api;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.web.invitation.InvitationRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Interviews (the app's invitations and their sessions) as the API shows them: the document's {@code Interview}. */
final class InterviewViews {

    /** An interview; {@code state} is empty once erased. */
    static Map<String, Object> interview(InvitationRepository.Listed listed, Optional<SessionState> state) {
        var inv = listed.invitation();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", inv.id());
        map.put("jobId", inv.planId());
        map.put("status", listed.apiStatus());
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("name", inv.candidate());
        candidate.put("email", inv.email());
        candidate.put("externalId", inv.externalId());
        map.put("candidate", candidate);
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("answered", state.map(InterviewViews::answered).orElse(0));
        progress.put("total", state.map(s -> s.plan().questions().size()).orElse(0));
        map.put("progress", progress);
        map.put("createdAt", inv.createdAt());
        map.put("expiresAt", inv.expiresAt());
        map.put("consentedAt", inv.consentedAt());
        map.put("completedAt", state.filter(s -> s.status() == SessionStatus.COMPLETED).map(SessionState::endedAt)
                .orElse(null));
        map.put("declinedAt", inv.declinedAt());
        map.put("cancelledAt", inv.cancelledAt());
        map.put("erasedAt", inv.erasedAt());
        map.put("reportReady", state.map(s -> s.report() != null).orElse(false));
        return map;
    }

    /** The main questions that have an answer (a skipped one counts: the candidate moved on). */
    private static int answered(SessionState state) {
        return (int) state.turns().stream().filter(t -> t.followUpIndex() == 0 && t.answer() != null).count();
    }

    private InterviewViews() {
    }
}
