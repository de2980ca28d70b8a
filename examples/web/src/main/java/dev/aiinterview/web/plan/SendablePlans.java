package dev.aiinterview.web.plan;

import dev.aiinterview.api.InterviewPlan;
import java.util.List;
import java.util.Optional;

/**
 * An organization's plans as outside systems see them: only plans that are made and pass the fairness gate
 * ({@link FlagGate}) may be sent to candidates. Every lookup takes the organization: another one's plan is absent.
 */
public final class SendablePlans {

    /** A plan that may be sent now: its id, its title and the plan itself. */
    public record Sendable(String id, String title, InterviewPlan plan) {}

    /** Why a plan of the organization cannot be sent now, in words that name the fix. */
    public static final class NotSendable extends RuntimeException {
        NotSendable(String message) {
            super(message);
        }
    }

    private final PlanRepository repo;
    private final FlagOverrides overrides;

    /** Plans of this repository, checked against these overrides. */
    public SendablePlans(PlanRepository repo, FlagOverrides overrides) {
        this.repo = repo;
        this.overrides = overrides;
    }

    /** The organization's plans that may be sent now, the newest first. */
    public List<Sendable> list(String orgId) {
        return repo.list(orgId).stream()
                .filter(p -> p.status() == PlanRepository.Status.READY && p.plan() != null)
                .filter(p -> FlagGate.openQuestions(p.plan(), overrides.forPlan(p.id())).isEmpty())
                .map(SendablePlans::sendable)
                .toList();
    }

    /**
     * The organization's plan, if it may be sent now; empty when the organization has no such plan.
     *
     * @throws NotSendable when the plan exists but is not made yet or has open fairness flags
     */
    public Optional<Sendable> find(String orgId, String planId) {
        Optional<PlanRepository.StoredPlan> stored = repo.find(orgId, planId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        PlanRepository.StoredPlan p = stored.get();
        if (p.status() != PlanRepository.Status.READY || p.plan() == null) {
            throw new NotSendable("The interview plan is not ready to send (it is still being made, or making it "
                    + "failed); open it on the recruiter pages.");
        }
        if (!FlagGate.openQuestions(p.plan(), overrides.forPlan(p.id())).isEmpty()) {
            throw new NotSendable("The interview plan has questions the fairness review flagged; a recruiter must "
                    + "fix or override them on the recruiter pages before it can be sent.");
        }
        return Optional.of(sendable(p));
    }

    private static Sendable sendable(PlanRepository.StoredPlan p) {
        String title = p.title() == null || p.title().isBlank() ? p.plan().profile().roleTitle() : p.title();
        return new Sendable(p.id(), title, p.plan());
    }
}
