package org.annals.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Line patterns that mark boilerplate in news pages (skip links, "read also" lines, share and cookie
 * lines, footers), syndication footers naming the original publisher, and the labels that introduce
 * a publication or update date. The rules live in plain TSV resources, one per language
 * ({@code boilerplate.it.tsv}, {@code boilerplate.en.tsv}); each file's header documents the format.
 *
 * <p>Immutable and thread-safe. Loading validates every line: a bad rule fails with an
 * {@link IllegalArgumentException} naming the file and the line number, so a broken configuration is
 * caught when the extractor is built rather than on some later page.
 */
public final class BoilerplateRules {

    /** What a matched line is. */
    public enum Kind {
        SKIP, RELATED, SHARE, COOKIE, NEWSLETTER, FOOTER, SYNDICATION, DATELINE, UPDATED;

        static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(text)) {
                    return k;
                }
            }
            return null;
        }
    }

    enum Match { EXACT, PREFIX, REGEX }

    /** Prefix rules only apply to lines this short: a long line that happens to start so is prose. */
    static final int PREFIX_MAX_LENGTH = 300;
    /**
     * Regex rules only see lines this short: boilerplate lines are short, and trying every rule on
     * every long paragraph would cost more time than all the rest of the line cleaning.
     */
    static final int REGEX_MAX_LENGTH = 500;
    /** Syndication rules only see lines this short (before spaces are collapsed). */
    static final int SYNDICATION_MAX_LENGTH = 1000;

    /** The languages whose rule files ship with the project. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("it", "en", "de", "fr", "es", "pl", "pt");

    record Rule(Kind kind, Match match, String pattern, String language, Pattern regex, String source, int line) {

        /**
         * Whether the rule's regex matches the text. A regex anchored with "^" is only tried at the
         * start: searching every position of a long paragraph for it would cost time for nothing.
         */
        boolean found(String text) {
            Matcher m = regex.matcher(text);
            return pattern.startsWith("^") ? m.lookingAt() : m.find();
        }
    }

    /** A line recognised as boilerplate; {@code publisher} is set for syndication footers. */
    public record Hit(Kind kind, String language, String publisher) {}

    /** A date label at the start of a line, with the text after it. */
    public record Label(Kind kind, String language, String rest) {}

    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.:;,!…]+$");
    /** Named groups or numbered back references, which a pattern cannot keep inside the alternation. */
    private static final Pattern OWN_GROUPS = Pattern.compile("\\(\\?<[a-zA-Z]|\\\\[1-9]|\\\\k<");

    private final List<Rule> rules;

    /** Exact rules by their bare pattern, the first rule of the list winning: one lookup per line. */
    private final Map<String, Integer> exact = new HashMap<>();
    private final int longestExact;

    /**
     * The line rules' anchored regexes as one alternation in rule order, tried once per line instead
     * of once per rule (matching a line against dozens of separate patterns costs more than all the
     * rest of the line cleaning); null when there are none. Group {@code rN} holds rule
     * {@code combinedRule[N]}.
     */
    private final Pattern combined;
    private final int[] combinedRule;
    private final boolean[] inCombined;

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.inCombined = new boolean[this.rules.size()];
        StringBuilder alternation = new StringBuilder();
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < this.rules.size(); i++) {
            Rule r = this.rules.get(i);
            if (r.match == Match.REGEX && r.kind != Kind.SYNDICATION && r.pattern.startsWith("^")
                    && !OWN_GROUPS.matcher(r.pattern).find()) {
                alternation.append(members.isEmpty() ? "" : "|").append("(?<r").append(members.size()).append('>')
                        .append(r.pattern, 1, r.pattern.length()).append(')');
                members.add(i);
                inCombined[i] = true;
            }
        }
        this.combined = members.isEmpty() ? null
                : Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.combinedRule = members.stream().mapToInt(Integer::intValue).toArray();
        int longest = 0;
        for (int i = 0; i < this.rules.size(); i++) {
            Rule r = this.rules.get(i);
            if (r.match == Match.EXACT && r.kind != Kind.SYNDICATION && r.kind != Kind.DATELINE && r.kind != Kind.UPDATED) {
                String bare = TRAILING_PUNCT.matcher(r.pattern).replaceAll("");
                exact.putIfAbsent(bare, i);
                longest = Math.max(longest, bare.length());
            }
        }
        this.longestExact = longest;
    }

    /** The rules for {@link #DEFAULT_LANGUAGES}, from the classpath. */
    public static BoilerplateRules load() {
        return load(DEFAULT_LANGUAGES);
    }

    /**
     * Loads {@code boilerplate.<lang>.tsv} for each language from the classpath.
     *
     * @throws IllegalArgumentException naming file and line for a bad rule, or a missing file
     */
    public static BoilerplateRules load(List<String> languages) {
        List<Rule> all = new ArrayList<>();
        for (String lang : languages) {
            String name = "boilerplate." + lang + ".tsv";
            try (InputStream in = BoilerplateRules.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("boilerplate rules not found on the classpath: "
                            + "org/annals/extract/" + name);
                }
                all.addAll(parse(name, lang, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return new BoilerplateRules(all);
    }

    /** Rules from one TSV source; {@code name} is used in error messages. */
    public static BoilerplateRules of(String name, String language, Reader tsv) {
        return new BoilerplateRules(parse(name, language, tsv));
    }

    private static List<Rule> parse(String name, String language, Reader tsv) {
        List<Rule> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(tsv)) {
            String raw;
            int lineNo = 0;
            while ((raw = reader.readLine()) != null) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                out.add(parseLine(name, lineNo, language, raw));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    private static Rule parseLine(String name, int lineNo, String language, String raw) {
        String where = name + ":" + lineNo + ": ";
        String[] cols = raw.split("\t", -1);
        if (cols.length != 3) {
            throw new IllegalArgumentException(where + "expected 3 TAB-separated columns (kind, match, pattern), found "
                    + cols.length + ": '" + raw + "'");
        }
        Kind kind = Kind.parse(cols[0].strip());
        if (kind == null) {
            throw new IllegalArgumentException(where + "unknown kind '" + cols[0].strip() + "'");
        }
        Match match;
        try {
            match = Match.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "unknown match '" + cols[1].strip()
                    + "' (exact, prefix or regex)", e);
        }
        String pattern = cols[2].strip();
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException(where + "empty pattern");
        }
        Pattern regex = null;
        if (match == Match.REGEX) {
            try {
                regex = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + "bad regex: " + e.getDescription() + " in '" + pattern + "'", e);
            }
        }
        if (kind == Kind.SYNDICATION && (regex == null || !pattern.contains("(?<publisher>"))) {
            throw new IllegalArgumentException(where + "a syndication rule must be a regex with a group named 'publisher'");
        }
        if ((kind == Kind.DATELINE || kind == Kind.UPDATED) && match != Match.PREFIX) {
            throw new IllegalArgumentException(where + "a " + kind.name().toLowerCase(Locale.ROOT)
                    + " rule must be a prefix (the label before a date)");
        }
        String normalised = match == Match.REGEX ? pattern : normalise(pattern);
        return new Rule(kind, match, normalised, language, regex, name, lineNo);
    }

    /** Lower case, typographic apostrophes folded, whitespace collapsed: the form lines are compared in. */
    static String normalise(String line) {
        return Spaces.collapse(line.replace('’', '\'').replace('‘', '\'')).toLowerCase(Locale.ROOT);
    }

    /**
     * The boilerplate kind of a line, if any rule (other than date labels) matches it. Syndication
     * rules are tried first, so that "Read more at X" names a publisher rather than counting as a
     * related-link line.
     */
    public Optional<Hit> classify(String line) {
        Objects.requireNonNull(line, "line");
        String norm = normalise(line);
        if (norm.isEmpty()) {
            return Optional.empty();
        }
        String collapsed = null;
        // A syndication footer is one short line (the shipped patterns bound their length): long lines,
        // the article's paragraphs, are not tried against each of them.
        boolean footerLength = line.length() <= SYNDICATION_MAX_LENGTH;
        for (Rule r : rules) {
            if (r.kind == Kind.SYNDICATION && footerLength) {
                if (collapsed == null) {
                    collapsed = Spaces.collapse(line);
                }
                Matcher m = r.regex.matcher(collapsed);
                if (r.pattern.startsWith("^") ? m.lookingAt() : m.find()) {
                    String publisher = cleanPublisher(m.group("publisher"));
                    if (publisher != null) {
                        return Optional.of(new Hit(Kind.SYNDICATION, r.language, publisher));
                    }
                }
            }
        }
        String bare = norm.length() > longestExact + 8 ? norm : TRAILING_PUNCT.matcher(norm).replaceAll("");
        Integer exactHit = exact.get(bare);
        int limit = exactHit == null ? rules.size() : exactHit;
        int regexHit = firstCombinedHit(norm);
        for (int i = 0; i < limit; i++) {
            Rule r = rules.get(i);
            if (r.kind == Kind.SYNDICATION || r.kind == Kind.DATELINE || r.kind == Kind.UPDATED || r.match == Match.EXACT) {
                continue;
            }
            boolean hit = switch (r.match) {
                case EXACT -> false;
                case PREFIX -> norm.length() <= PREFIX_MAX_LENGTH && startsWithWord(norm, r.pattern);
                case REGEX -> inCombined[i] ? i == regexHit : norm.length() <= REGEX_MAX_LENGTH && r.found(norm);
            };
            if (hit) {
                return Optional.of(new Hit(r.kind, r.language, null));
            }
        }
        if (exactHit != null) {
            Rule r = rules.get(exactHit);
            return Optional.of(new Hit(r.kind, r.language, null));
        }
        return Optional.empty();
    }

    /**
     * The longest date label (publication or update) that starts the line, with the rest of the
     * line after it; empty when no label starts it.
     */
    public Optional<Label> dateLabel(String line) {
        String norm = normalise(line);
        Rule best = null;
        for (Rule r : rules) {
            if ((r.kind == Kind.DATELINE || r.kind == Kind.UPDATED) && startsWithWord(norm, r.pattern)
                    && (best == null || r.pattern.length() > best.pattern.length())) {
                best = r;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Label(best.kind, best.language, norm.substring(best.pattern.length()).strip()));
    }

    int size() {
        return rules.size();
    }

    /** The index of the first rule of the combined alternation that matches the line, or -1. */
    private int firstCombinedHit(String norm) {
        if (combined == null || norm.length() > REGEX_MAX_LENGTH) {
            return -1;
        }
        Matcher m = combined.matcher(norm);
        if (!m.lookingAt()) {
            return -1;
        }
        for (int k = 0; k < combinedRule.length; k++) {
            if (m.start("r" + k) >= 0) {
                return combinedRule[k];
            }
        }
        return -1;
    }

    private static boolean startsWithWord(String norm, String prefix) {
        if (!norm.startsWith(prefix)) {
            return false;
        }
        if (norm.length() == prefix.length()) {
            return true;
        }
        char last = prefix.charAt(prefix.length() - 1);
        // a prefix ending in punctuation ("read more:") is already delimited
        return !Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(norm.charAt(prefix.length()));
    }

    private static final Pattern URL_HOST = Pattern.compile("^(?:https?://)?(?:www\\.)?([^/\\s]+\\.[a-z]{2,})(?:/.*)?$",
            Pattern.CASE_INSENSITIVE);

    /** Trims quotes and punctuation; a URL becomes its host. Null when nothing name-like is left. */
    static String cleanPublisher(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replaceAll("^[\"'«“‘(\\[]+|[\"'»”’)\\].,;:!?…\\s]+$", "").strip();
        if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.")) {
            Matcher m = URL_HOST.matcher(s);
            if (m.matches()) {
                s = m.group(1);
            }
        }
        if (s.isEmpty() || s.length() > 80 || s.chars().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return s;
    }
}
