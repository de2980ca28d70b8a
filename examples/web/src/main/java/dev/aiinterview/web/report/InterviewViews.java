package dev.aiinterview.web.report;

import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Turn;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.invitation.InvitationRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The view models of the interview list and of an interview's page ({@code src/main/jte/report}). */
public final class InterviewViews {

    /** An invitation with its session state; {@code state} is null once the interview was erased. */
    record Row(InvitationRepository.Invitation invitation, SessionState state) {

        boolean erased() {
            return invitation.erasedAt() != null;
        }

        long answered() {
            return state.turns().stream().filter(t -> t.followUpIndex() == 0 && t.answer() != null).count();
        }
    }

    /** A status badge: its CSS classes and words. */
    public record Badge(String cssClass, String label) {}

    /** The interview list, newest first. */
    public record InterviewList(List<ListRow> rows) {}

    /** One interview in the list; an erased one ({@code linked} false) has no page to link to. */
    public record ListRow(String id, String candidate, String role, Badge status, String answered, String invited,
                          String validUntil, boolean linked) {}

    /**
     * An interview's page: its head, then the report when it is completed, or its progress until then.
     *
     * @param base         the interview's path, the base of its actions
     * @param dates        invited, consented, finished and link validity, as one line
     * @param report       the report, or {@code null} until the interview is completed
     * @param progress     the progress, or {@code null} once the report is there
     */
    public record InterviewPage(String csrf, String base, String roleTitle, String candidate, Badge status,
                                String dates, boolean hasReport, boolean canRenewLink, ReportView report,
                                Progress progress) {}

    /**
     * An unfinished interview: where it stands and the answers so far. {@code declineMessage} is what a candidate
     * who declined wrote ("" when they wrote nothing), {@code null} when they did not decline.
     */
    public record Progress(String headline, int retentionDays, List<AnsweredTurn> answered, String declineMessage) {}

    /** An answer given so far, with the question it answers. */
    public record AnsweredTurn(String prompt, TurnView turn) {}

    static InterviewList list(List<Row> rows) {
        return new InterviewList(rows.stream().map(row -> {
            var inv = row.invitation();
            if (row.erased()) {
                return new ListRow(inv.id(), "Erased on " + Format.day(inv.erasedAt()), inv.roleTitle(),
                        new Badge("badge", "Erased"), "–", Format.day(inv.createdAt()), "–", false);
            }
            return new ListRow(inv.id(), inv.candidate(), inv.roleTitle(), status(row),
                    row.answered() + " of " + row.state().plan().questions().size(), Format.day(inv.createdAt()),
                    Format.day(inv.expiresAt()), true);
        }).toList());
    }

    static InterviewPage page(String csrf, Row row, TurnView.Builder turns, WebSettings settings) {
        var inv = row.invitation();
        SessionState state = row.state();
        String dates = "Invited " + Format.when(inv.createdAt())
                + (inv.consentedAt() == null ? "" : " · consented " + Format.when(inv.consentedAt()))
                + (inv.declined() ? " · declined " + Format.when(inv.declinedAt())
                        : state.endedAt() == null ? "" : " · finished " + Format.when(state.endedAt()))
                + " · link valid until " + Format.day(inv.expiresAt());
        boolean completed = state.status() == SessionStatus.COMPLETED;
        return new InterviewPage(csrf, "/recruiter/interviews/" + inv.id(), inv.roleTitle(), inv.candidate(),
                status(row), dates, state.report() != null, !state.status().isFinal(),
                completed ? ReportView.of(state, turns) : null, completed ? null : progress(row, turns, settings));
    }

    static Badge status(Row row) {
        if (row.invitation().declined()) {
            return new Badge("badge warn", "Declined");
        }
        boolean expired = row.invitation().expired(Instant.now());
        return switch (row.state().status()) {
            case CREATED -> expired ? new Badge("badge bad", "Link expired") : new Badge("badge", "Invited");
            case CONSENTED -> new Badge("badge info", "Consented");
            case IN_PROGRESS -> new Badge("badge info", "In progress");
            case COMPLETED -> new Badge("badge ok", "Report ready");
            case ABANDONED -> new Badge("badge bad", "Abandoned");
        };
    }

    private static Progress progress(Row row, TurnView.Builder turns, WebSettings settings) {
        SessionState state = row.state();
        String headline = switch (state.status()) {
            case CREATED -> "Waiting for the candidate";
            case CONSENTED -> "The candidate has consented and not started yet";
            case IN_PROGRESS -> "In progress: " + row.answered() + " of " + state.plan().questions().size()
                    + " questions answered";
            case ABANDONED -> row.invitation().declined()
                    ? "The candidate declined the interview on " + Format.when(row.invitation().declinedAt())
                    : "Abandoned" + (state.endReason() == null ? "" : ": " + state.endReason());
            case COMPLETED -> "Completed";
        };
        List<AnsweredTurn> answered = new ArrayList<>();
        for (int i = 0; i < state.turns().size(); i++) {
            Turn t = state.turns().get(i);
            if (t.answer() != null) {
                answered.add(new AnsweredTurn(t.prompt(), turns.of(i, t)));
            }
        }
        return new Progress(headline, settings.retentionDays(), answered,
                row.invitation().declined() ? row.invitation().declineMessage() : null);
    }

    private InterviewViews() {
    }
}
