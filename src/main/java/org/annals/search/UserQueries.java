package org.annals.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns what a user types into a Lucene query, never failing: Lucene's simple syntax (words, "phrases",
 * -exclusions, {@code |} for or, parentheses, {@code word*} prefixes, {@code "phrase"~N} proximity),
 * every word required unless {@code |} says otherwise.
 *
 * <p>The text is read once per language group, each with its own analyzer on its own title and text
 * fields, and an article matches when its language's reading matches. So a stop word in one language
 * ("il") does not make the query fail on articles in another, and "trattati" finds Italian articles
 * saying "trattato" while "agreements" finds English ones saying "agreement". Thread-safe.
 */
final class UserQueries {
    /** Beyond this, words are ignored: every word costs clauses in each group, and Lucene caps clauses. */
    static final int MAX_WORDS = 64;
    /** A title match counts this many times a body match. */
    static final float TITLE_WEIGHT = 2.5f;

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.NEAR_OPERATOR;

    private final Analyzer analyzer;

    /** @param analyzer the index's per-field analyzer ({@link IndexLanguage#perFieldAnalyzer()}) */
    UserQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param text   what the user typed
     * @param groups the language groups to search
     * @return the query, or null when it looks for no word (only stop words, only punctuation, only
     *         exclusions, a bare "*")
     */
    Query parse(String text, Collection<IndexLanguage> groups) {
        String words = firstWords(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int readings = 0;
        for (IndexLanguage group : groups) {
            Query q = parser(group).parse(words);
            if (searchesWords(q)) {
                any.add(q, BooleanClause.Occur.SHOULD);
                readings++;
            }
        }
        return readings == 0 ? null : any.build();
    }

    private SimpleQueryParser parser(IndexLanguage group) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer,
                Map.of(group.titleField, TITLE_WEIGHT, group.textField, 1f), FLAGS) {
            // prefixes are not analysed, but the indexed terms are lower case
            @Override
            protected Query newPrefixQuery(String prefix) {
                return super.newPrefixQuery(prefix.toLowerCase(Locale.ROOT));
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser;
    }

    /**
     * Whether the query looks for some word outside its exclusions. The parser turns "-x" into
     * "everything but x" and "*" into "everything"; such a query, or one whose words were all stop
     * words, finds nothing here rather than the whole index.
     */
    private static boolean searchesWords(Query q) {
        boolean[] found = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                found[0] = true;
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", MAX_WORDS + 1);
        return words.length <= MAX_WORDS ? text : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
}
