package org.annals.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.annals.model.AnalysisResult;
import org.annals.output.ResultJson;
import org.annals.output.ResultText;

/**
 * Prints results as they come, in one of the output formats. Not thread-safe: one printer per run,
 * called in order.
 */
abstract sealed class ResultPrinter {

    static ResultPrinter forFormat(AnalyzeCommand.Format format, boolean tokens, PrintStream out) {
        return switch (format) {
            case json -> new Json(new ResultJson(tokens), out);
            case jsonl -> new JsonLines(new ResultJson(tokens), out);
            case text -> new Text(out);
        };
    }

    abstract void print(AnalysisResult result);

    /** Called once after the last result. */
    abstract void finish();

    /**
     * One object for one article, an array for several. The first result is held back until the
     * second arrives (or the run ends), so that output streams without knowing the count ahead.
     */
    static final class Json extends ResultPrinter {
        private final ResultJson json;
        private final PrintStream out;
        private final ObjectWriter writer;
        private AnalysisResult first;
        private int count;
        private JsonGenerator array;

        Json(ResultJson json, PrintStream out) {
            this.json = json;
            this.out = out;
            this.writer = ResultJson.MAPPER.writer(new DefaultPrettyPrinter());
        }

        @Override
        void print(AnalysisResult result) {
            count++;
            if (count == 1) {
                first = result;
                return;
            }
            try {
                if (array == null) {
                    array = ResultJson.MAPPER.getFactory().createGenerator(out);
                    array.setPrettyPrinter(new DefaultPrettyPrinter());
                    array.writeStartArray();
                    ResultJson.MAPPER.writeTree(array, json.toJson(first));
                    first = null;
                }
                ResultJson.MAPPER.writeTree(array, json.toJson(result));
                array.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void finish() {
            try {
                if (array != null) {
                    array.writeEndArray();
                    array.flush();
                    out.println();
                } else if (first != null) {
                    out.println(writer.writeValueAsString(json.toJson(first)));
                } else {
                    out.println("[]");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final class JsonLines extends ResultPrinter {
        private final ResultJson json;
        private final PrintStream out;

        JsonLines(ResultJson json, PrintStream out) {
            this.json = json;
            this.out = out;
        }

        @Override
        void print(AnalysisResult result) {
            out.println(json.toJson(result).toString());
        }

        @Override
        void finish() {
            out.flush();
        }
    }

    static final class Text extends ResultPrinter {
        private final ResultText text = new ResultText();
        private final PrintStream out;
        private boolean any;

        Text(PrintStream out) {
            this.out = out;
        }

        @Override
        void print(AnalysisResult result) {
            if (any) {
                out.println();
            }
            any = true;
            out.print(text.format(result));
        }

        @Override
        void finish() {
            out.flush();
        }
    }
}
