package cn.zfgs.portal.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command of the command line inside the test application and captures what it prints. */
@ApplicationScoped
public class CommandsProbe {

    /** What the command printed and its exit code. */
    public record Outcome(int exitCode, String output) {
    }

    @Inject
    Commands commands;

    public Outcome run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = commands.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        return new Outcome(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
