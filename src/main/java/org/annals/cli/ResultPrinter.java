package org.annals.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.annals.dedup.StoryGrouper;
import org.annals.model.AnalysisResult;
import org.annals.output.ResultJson;
import org.annals.output.ResultText;

/**
 * Prints a run's results in one of the output formats, each with its story: the articles of the run that
 * are copies of one story (a syndicated text republished by several sites, see {@link StoryGrouper}) name
 * the story's first article and each other's sources, so that one story is not counted as several. Since an
 * article's copies may come after it, each result is rendered when it arrives and held ({@link HeldRecords}:
 * bounded memory), and everything is printed, in input order, when the run ends.
 *
 * <p>Not thread-safe: one printer per run, called in order; close it to drop what it holds.
 */
abstract sealed class ResultPrinter implements AutoCloseable {

    /**
     * An article's story within the run.
     *
     * @param id          the id of the story's first article (the article's own id when it is the first)
     * @param firstSource where the first article came from
     * @param first       whether the article is the story's first
     * @param copies      the sources of the story's other articles, in input order; empty when alone
     */
    record Story(String id, String firstSource, boolean first, List<String> copies) {
        Story {
            copies = List.copyOf(copies);
        }
    }

    static ResultPrinter forFormat(AnalyzeCommand.Format format, boolean tokens, PrintStream out) {
        return switch (format) {
            case json -> new Json(new ResultJson(tokens), out);
            case jsonl -> new JsonLines(new ResultJson(tokens), out);
            case text -> new Text(out);
        };
    }

    final PrintStream out;
    private final StoryGrouper stories = new StoryGrouper();
    private final List<String> ids = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final HeldRecords held = new HeldRecords();

    ResultPrinter(PrintStream out) {
        this.out = out;
    }

    /** Takes one result, in input order. */
    final void print(AnalysisResult result) {
        stories.add(result.article().text());
        ids.add(result.article().id());
        sources.add(result.source());
        held.add(render(result));
    }

    /** Prints every result with its story; called once, after the last result. */
    final void finish() {
        int count = ids.size();
        int[] index = {0};
        held.forEach(record -> {
            emit(record, story(index[0]), index[0], count);
            index[0]++;
        });
        if (count == 0) {
            emitNone();
        }
        out.flush();
    }

    @Override
    public final void close() {
        held.close();
    }

    private Story story(int index) {
        int first = stories.story(index);
        List<String> copies = new ArrayList<>();
        for (int m : stories.members(index)) {
            if (m != index) {
                copies.add(sources.get(m));
            }
        }
        return new Story(ids.get(first), sources.get(first), first == index, copies);
    }

    /** One result as held until the run ends. */
    abstract String render(AnalysisResult result);

    /** Prints the {@code index}-th of {@code count} held records with its story. */
    abstract void emit(String record, Story story, int index, int count);

    /** Prints what a run without results prints. */
    void emitNone() {
    }

    /** A held JSON object with "story" and "copies" after "article". */
    static ObjectNode withStory(String record, Story story) {
        try {
            JsonNode parsed = ResultJson.MAPPER.readTree(record);
            ObjectNode out = ResultJson.MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = parsed.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(field.getKey(), field.getValue());
                if (field.getKey().equals("article")) {
                    out.put("story", story.id());
                    ArrayNode copies = out.putArray("copies");
                    story.copies().forEach(copies::add);
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("held output is not the JSON it was: " + e.getOriginalMessage(), e);
        }
    }

    /** One object for one article, an array for several. */
    static final class Json extends ResultPrinter {
        private final ResultJson json;
        private JsonGenerator array;

        Json(ResultJson json, PrintStream out) {
            super(out);
            this.json = json;
        }

        @Override
        String render(AnalysisResult result) {
            return json.toJson(result).toString();
        }

        @Override
        void emit(String record, Story story, int index, int count) {
            try {
                ObjectNode node = withStory(record, story);
                if (count == 1) {
                    out.println(ResultJson.MAPPER.writer(new DefaultPrettyPrinter()).writeValueAsString(node));
                    return;
                }
                if (index == 0) {
                    array = ResultJson.MAPPER.getFactory().createGenerator(out);
                    array.setPrettyPrinter(new DefaultPrettyPrinter());
                    array.writeStartArray();
                }
                ResultJson.MAPPER.writeTree(array, node);
                if (index == count - 1) {
                    array.writeEndArray();
                    array.flush();
                    out.println();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void emitNone() {
            out.println("[]");
        }
    }

    static final class JsonLines extends ResultPrinter {
        private final ResultJson json;

        JsonLines(ResultJson json, PrintStream out) {
            super(out);
            this.json = json;
        }

        @Override
        String render(AnalysisResult result) {
            return json.toJson(result).toString();
        }

        @Override
        void emit(String record, Story story, int index, int count) {
            out.println(withStory(record, story).toString());
        }
    }

    /** The readable summary, with a line naming the other copies of the story, if any, under its heading. */
    static final class Text extends ResultPrinter {
        private final ResultText text = new ResultText();

        Text(PrintStream out) {
            super(out);
        }

        @Override
        String render(AnalysisResult result) {
            return text.format(result);
        }

        @Override
        void emit(String record, Story story, int index, int count) {
            if (index > 0) {
                out.println();
            }
            int heading = record.indexOf('\n') + 1;
            out.print(record.substring(0, heading));
            if (!story.first()) {
                out.printf("%-10s %s (story %s)%n", "copy of", story.firstSource(), story.id());
            }
            if (story.copies().size() > (story.first() ? 0 : 1)) {
                out.printf("%-10s %s%n", "copies", String.join(", ", story.copies()));
            }
            out.print(record.substring(heading));
        }
    }
}
