package dev.aiinterview.cli;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ContractViolationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.ProviderException;
import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into an exit code and one line on stderr, {@code interview: <what and how to fix it>}.
 * Bad usage and bad input exit 2; a provider failure exits 1 and names the provider. The stack trace is printed
 * only under {@code --verbose}.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int PROVIDER_FAILED = 1;
    static final int BAD_INPUT = 2;

    private final InterviewCli root;

    Failures(InterviewCli root) {
        this.root = root;
    }

    /** Picocli's own handler prints the whole usage; one line and a pointer to --help reads better in a script. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        print(cmd.getErr(), e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        Throwable cause = unwrap(e);
        boolean verbose = InterviewCli.verbose(parsed);
        if (verbose) {
            cause.printStackTrace(cmd.getErr());
        }
        if (cause instanceof ParameterException pe) {
            return handleParseException(pe, new String[0]);
        }
        if (cause instanceof InvalidInputException || cause instanceof ConfigurationException) {
            print(cmd.getErr(), cause.getMessage());
            return BAD_INPUT;
        }
        if (cause instanceof ProviderException pe) {
            print(cmd.getErr(), "provider '" + pe.provider() + "' failed: " + pe.getMessage());
            return PROVIDER_FAILED;
        }
        if (cause instanceof ContractViolationException cv) {
            print(cmd.getErr(), "LLM provider '" + root.llmInUse() + "' sent an unusable reply: " + cv.getMessage());
            return PROVIDER_FAILED;
        }
        if (cause instanceof InterviewException) {
            print(cmd.getErr(), cause.getMessage());
            return PROVIDER_FAILED;
        }
        print(cmd.getErr(), "unexpected error: " + cause + (verbose ? "" : " (run again with --verbose for details)"));
        return PROVIDER_FAILED;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void print(PrintWriter err, String message) {
        String line = message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
        err.println("interview: " + line);
        err.flush();
    }
}
