/**
 * The command line: Picocli commands that wire the front end, the explorer and the reports, and map
 * outcomes to exit codes ({@link irpcheck.cli.ExitCode}). The only package that prints, and the only
 * one that may import everything; Picocli lives here and nowhere else.
 */
package irpcheck.cli;
