package org.annals.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process on the same archive, for the embedded archive's tests: {@code hold FOLDER} opens the
 * archive for writing, says {@code open} and waits for its standard input to close; {@code ingest FOLDER}
 * stores synthetic articles five at a time, saying how many after each batch, until it is killed.
 */
public final class ArchiveChild {
    private ArchiveChild() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[1]);
        try (ArchiveStore store = Archives.open(folder.toString(), Archives.Mode.WRITE)) {
            System.out.println("open");
            System.out.flush();
            if (args[0].equals("hold")) {
                while (System.in.read() >= 0) {
                    // wait for the parent to close our input
                }
                return;
            }
            SyntheticArticles articles = new SyntheticArticles(11, 10);
            for (int i = 0; ; i += 5) {
                store.putAll(List.of(articles.article(i), articles.article(i + 1), articles.article(i + 2),
                        articles.article(i + 3), articles.article(i + 4)));
                System.out.println(i + 5);
                System.out.flush();
            }
        }
    }

    /** A running child and its output lines. */
    static final class Running implements AutoCloseable {
        final Process process;
        final BufferedReader out;

        private Running(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Starts {@code ArchiveChild command folder} in a new JVM with this one's class path. */
        static Running start(String command, Path folder) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
                    System.getProperty("java.class.path"), ArchiveChild.class.getName(), command, folder.toString()));
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            return new Running(builder.start());
        }

        /** The next line the child prints, or null when it ended. */
        String line() throws IOException {
            return out.readLine();
        }

        /** Kills the child at once, as kill -9 does, and waits for it to be gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            kill();
        }
    }
}
