package org.annals.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Annals run as a separate process, the way a user runs it: {@code java -cp <the test's class path>
 * org.annals.cli.Main ARGS}. Standard error is read line by line as it comes, so a test can act on progress
 * lines (kill the process in the middle of an ingest); standard output is discarded.
 */
public final class AnnalsProcess {
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());

    private AnnalsProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    all.add(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(stderr unreadable: " + e + ")");
            } finally {
                lines.add(END);
            }
        }, "annals-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code annals ARGS} in {@code workingDirectory}. */
    public static AnnalsProcess start(Path workingDirectory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.annals.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new AnnalsProcess(p);
    }

    /**
     * Waits for a line of standard error that {@code wanted} accepts, and returns it; null when the process
     * ended first or the time ran out.
     */
    public String awaitLine(Predicate<String> wanted, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line.equals(END)) {
                lines.add(END);
                return null;
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Waits for the process to end; returns its exit code. Fails the waiting after {@code seconds}. */
    public int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("annals did not end within " + seconds + " s; stderr so far:\n" + stderr());
        }
        awaitLine(line -> false, 5);
        return process.exitValue();
    }

    /** Asks the process to stop (SIGTERM on Linux, as Ctrl-C or a service manager would): its hooks run. */
    public void terminate() {
        // through the handle: Process.destroy would also close our ends of the pipes, losing what the
        // process prints while it stops
        process.toHandle().destroy();
    }

    /** Kills the process the hard way: SIGKILL, no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Standard error as read so far. */
    public String stderr() {
        synchronized (all) {
            return String.join("\n", all);
        }
    }
}
