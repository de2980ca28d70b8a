package dev.aiinterview.web.apikey;

import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.org.Organizations.Organization;
import dev.aiinterview.web.storage.Database;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code api-key create|list|revoke}: manages API keys on the server's database. The new key is the only thing
 * {@code create} writes to standard output, so that a script can capture it; everything else goes to standard
 * error. Exit status 0 on success, 2 for bad usage (an unknown scope, option or key id).
 */
@Command(name = "api-key", mixinStandardHelpOptions = true,
        description = "Creates, lists and revokes the API keys of organizations.",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class})
public final class ApiKeyCommand implements Callable<Integer> {

    /** Opens the database when a subcommand needs it (after its arguments were read). */
    private final Supplier<Database> database;
    private final Clock clock;
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private ApiKeyCommand(Supplier<Database> database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Runs the command with these arguments (those after {@code api-key}); returns the exit status.
     *
     * @param database opens the database, migrated; called once arguments are valid
     */
    public static int run(String[] args, Supplier<Database> database, PrintWriter out, PrintWriter err) {
        var cli = new CommandLine(new ApiKeyCommand(database, Clock.systemUTC()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            // Bad usage, or data settings that cannot be used (the message names the fix): one line, no trace.
            if (e instanceof IllegalArgumentException || e instanceof InterviewException) {
                line.getErr().println(e.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            throw e;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    @Command(name = "create", description = "Creates a key and prints it once (it is stored only as a hash).")
    static final class Create implements Callable<Integer> {
        @CommandLine.ParentCommand
        private ApiKeyCommand parent;
        @Option(names = "--org", required = true, description = "The organization; created if it does not exist.")
        private String org;
        @Option(names = "--scopes", description = "Comma-separated scopes (default: all): ${COMPLETION-CANDIDATES}")
        private String scopes;
        @Option(names = "--name", description = "A label for the key (default: the date).")
        private String name;

        @Override
        public Integer call() {
            var wanted = ApiScope.parse(scopes);
            try (Database db = parent.database.get()) {
                var organizations = new Organizations(db, parent.clock);
                Organization organization = organizations.byName(org.strip()).orElseGet(() -> {
                    Organization made = organizations.create(org);
                    parent.spec.commandLine().getErr().println("Created the organization '" + made.name() + "'.");
                    return made;
                });
                String label = name == null || name.isBlank() ? "key of " + parent.clock.instant() : name;
                var key = new ApiKeys(db, parent.clock).create(organization.id(), label, wanted);
                parent.spec.commandLine().getErr().println("Key " + key.stored().id() + " for '" + organization.name()
                        + "' with scopes " + key.stored().scopeList() + ". It is shown once; store it now:");
                parent.spec.commandLine().getOut().println(key.key());
                return 0;
            }
        }
    }

    @Command(name = "list", description = "Lists keys without their secrets.")
    static final class ListKeys implements Callable<Integer> {
        @CommandLine.ParentCommand
        private ApiKeyCommand parent;
        @Option(names = "--org", description = "Only this organization's keys.")
        private String org;

        @Override
        public Integer call() {
            try (Database db = parent.database.get()) {
                var organizations = new Organizations(db, parent.clock);
                var keys = new ApiKeys(db, parent.clock);
                Map<String, String> names = organizations.list().stream()
                        .collect(Collectors.toMap(Organization::id, Organization::name));
                var shown = org == null ? keys.listAll() : keys.list(organizations.byName(org.strip())
                        .orElseThrow(() -> new IllegalArgumentException("No organization named '" + org.strip()
                                + "'; the organizations are " + String.join(", ", names.values()))).id());
                PrintWriter out = parent.spec.commandLine().getOut();
                out.println(String.join("\t", "ID", "PREFIX", "NAME", "ORG", "SCOPES", "CREATED", "LAST_USED",
                        "REVOKED"));
                for (ApiKeys.StoredKey k : shown) {
                    out.println(String.join("\t", k.id(), ApiKeys.PREFIX + k.prefix(), k.name(), names.get(k.orgId()),
                            k.scopeList(), text(k.createdAt()), text(k.lastUsedAt()), text(k.revokedAt())));
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", description = "Revokes a key: requests with it are refused from now on.")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.ParentCommand
        private ApiKeyCommand parent;
        @Parameters(paramLabel = "ID", description = "The key's id, as 'api-key list' shows it.")
        private String id;

        @Override
        public Integer call() {
            try (Database db = parent.database.get()) {
                var keys = new ApiKeys(db, parent.clock);
                var key = keys.find(id.strip()).orElseThrow(() -> new IllegalArgumentException("No API key with id "
                        + id.strip() + ": 'api-key list' shows the ids"));
                keys.revoke(key.orgId(), key.id());
                parent.spec.commandLine().getErr().println("Revoked the key " + key.id() + " (" + key.name() + ").");
                return 0;
            }
        }
    }

    private static String text(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }
}
