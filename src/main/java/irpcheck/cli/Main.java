package irpcheck.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The {@code irpcheck} program: builds the command line, runs it, and exits with its code. Internal
 * errors become one line on standard error (a stack trace only with {@code --debug}).
 */
public final class Main {

    private Main() { }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine(args).execute(subcommand(args) == null ? args
                    : java.util.Arrays.copyOfRange(args, 1, args.length));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Picocli passes errors through; the search handles a full heap itself, so one here came
            // from elsewhere (the front end limits nesting, so this is a bug): still one line, no trace.
            System.err.println("irpcheck: internal error: " + e.getClass().getSimpleName()
                    + " (please report it with the model that caused it)");
            code = ExitCode.INTERNAL.code();
        }
        System.exit(code);
    }

    /**
     * The command line for these arguments: {@code test}, {@code replay} or {@code view} as the first
     * word picks that command; anything else is a check. (Not picocli subcommands: the check's MODEL is
     * a required positional parameter of the top command, and a model file named like a command would
     * still be reachable as {@code ./test}.)
     */
    static CommandLine commandLine(String[] args) {
        Object command = subcommand(args);
        return command == null ? commandLine(new CheckCommand()) : configure(new CommandLine(command));
    }

    private static Object subcommand(String[] args) {
        if (args.length == 0) {
            return null;
        }
        return switch (args[0]) {
            case "test" -> new TestCommand();
            case "replay" -> new ReplayCommand();
            case "view" -> new ViewCommand();
            default -> null;
        };
    }

    /** The configured command line around a check command; tests call this with their own command and writers. */
    static CommandLine commandLine(CheckCommand command) {
        return configure(new CommandLine(command));
    }

    /** Installs the shared handlers: usage errors in a few lines, internal errors in one. */
    static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(Main::internalError);
        cl.setParameterExceptionHandler(Main::usageError);
        return cl;
    }

    /** A bad option: say what is wrong and where help is, without burying it under the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("irpcheck: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        String name = cl.getCommandName();
        err.println("Try 'irpcheck " + (name.equals("irpcheck") ? "" : name + " ") + "--help' for the options.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static int internalError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("irpcheck: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (debug(cl) ? "" : " (run with --debug for the stack trace)"));
        if (debug(cl)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    private static boolean debug(CommandLine cl) {
        return cl.getCommand() instanceof CheckCommand c && c.debug();
    }

    /** {@code irpcheck <version>} from the jar's manifest ({@code dev} when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"irpcheck " + (v == null ? "dev" : v)};
        }
    }
}
