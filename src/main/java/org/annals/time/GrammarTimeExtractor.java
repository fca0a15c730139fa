package org.annals.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Timestamp;
import org.annals.time.ClauseTense.Tense;

/**
 * Rule-based temporal tagger for Italian and English news, with values in TIMEX3 conventions.
 *
 * <p>The words live in {@code time.<lang>.tsv} (months, weekdays, number words, "scorso"/"last", seasons…);
 * the grammar below combines them. Each rule is a regular expression over the lower-cased sentence with
 * placeholders for lexicon categories; overlapping matches are resolved longest first; then adjacent
 * matches are composed (a date and a clock time, "entro" + a date, a range "X - Y").
 *
 * <h2>Values</h2>
 * <ul>
 *   <li>day {@code 2024-06-19}; date-time {@code 2024-06-19T11:50}; part of day {@code 2024-06-19TMO}
 *       (MO morning, AF afternoon, EV evening, NI night — the night that begins that evening);</li>
 *   <li>week {@code 2024-W25}, weekend {@code 2024-W25-WE}; month {@code 2024-06}; quarter {@code 2024-Q1};
 *       season {@code 2024-SU} (SP, SU, FA, WI; {@code 2024-WI} is the winter that ends in March 2024);
 *       year {@code 2024}; decade {@code 199} (the 1990s); "now" {@code PRESENT_REF};</li>
 *   <li>duration {@code P3D}, {@code P2W}, {@code P6M}, {@code P2Y}, {@code PT3H};</li>
 *   <li>interval {@code start/end}, both ends inclusive and at the grain written: "dal 13 al 15 luglio"
 *       {@code 2024-07-13/2024-07-15}; "the last two weeks" {@code 2024-W23/2024-W24}. Parts of periods
 *       are intervals: beginning/middle/end of a month = days 1–10 / 11–20 / 21–last, of a year =
 *       months 1–3 / 5–8 / 9–12, of a week = Monday–Wednesday / Wednesday–Thursday / Friday–Sunday;
 *       "entro il 2030" (by) is publication to the period: {@code 2024-06-19T11:50/2030}, from the
 *       publication date alone ({@code 2024-06-19/2030}) when its time is unknown; a time already past
 *       ("By 1985, the format was outdated") keeps its own value.</li>
 * </ul>
 *
 * <h2>News conventions for undated words</h2>
 * A bare weekday, month, season or holiday takes the tense of its clause ({@link ClauseTense#near}):
 * past → the most recent one before publication ("a settembre", written in June 2024 in a past clause,
 * is 2023-09; a current month counts as past), future or conditional → the next one after it, present
 * or no tense → for a weekday the nearest one (within three days either side), for a month the most
 * recent one (news reports what happened; coming months are announced in the future tense). A day and month without a year ("Martedì 18 giugno") take
 * the year nearest to publication that agrees with the tense and with the weekday if given. "N units
 * ago" gives a day for days, weeks and months, a year for years. "lunedì scorso"/"last Monday" is the
 * last Monday before publication; "martedì prossimo"/"next Tuesday" is Tuesday of next week.
 * {@link #withFutureForBareExpressions(boolean)} resolves bare expressions to the future instead
 * (Duckling's convention), for evaluation against Duckling-style gold data.
 *
 * <p>Without a publication time, relative expressions get a null value; absolute ones ("18 giugno 2024",
 * "nel 2022", "P2D") keep theirs. A clock time without a date takes the publication date.
 *
 * <p>Thread-safe; the lexicons are read and the rules compiled in the constructor, which fails with the
 * file and line of a bad lexicon entry. No I/O afterwards. The grammar itself is immutable; each thread
 * that uses it keeps its own regex matchers and a bounded memo of which rules each word may open
 * (a {@code ThreadLocal}), so that a sentence costs only the attempts that can succeed.
 */
public final class GrammarTimeExtractor implements TimeExtractor {

    final Map<String, Grammar> grammars;
    private final boolean futureForBare;

    /** Italian and English. */
    public GrammarTimeExtractor() {
        this(List.of("it", "en"));
    }

    /** The given languages, each with its bundled {@code time.<lang>.tsv}. */
    public GrammarTimeExtractor(List<String> languages) {
        Map<String, Grammar> g = new LinkedHashMap<>();
        for (String lang : languages) {
            g.put(lang, new Grammar(lang, TimeLexicon.load(lang)));
        }
        this.grammars = Map.copyOf(g);
        this.futureForBare = false;
    }

    private GrammarTimeExtractor(Map<String, Grammar> grammars, boolean futureForBare) {
        this.grammars = grammars;
        this.futureForBare = futureForBare;
    }

    /**
     * A copy that resolves bare weekdays, months, seasons and holidays to the future whatever the tense
     * (Duckling's convention). Meant for evaluation; news prose wants the default.
     */
    public GrammarTimeExtractor withFutureForBareExpressions(boolean value) {
        return new GrammarTimeExtractor(grammars, value);
    }

    @Override
    public List<TimeExpression> extract(String text, List<Sentence> sentences, String language, Timestamp published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentences, "sentences");
        Grammar grammar = language == null ? null : grammars.get(language.toLowerCase(Locale.ROOT));
        if (grammar == null || text.isBlank()) {
            return List.of();
        }
        List<Sentence> units = sentences.isEmpty()
                ? List.of(new Sentence(text, 0, text.length(), List.of()))
                : sentences;
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : units) {
            out.addAll(grammar.run(text, s, published, futureForBare));
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return List.copyOf(out);
    }

    // =============================================================================================

    /** A match before composition. {@code date} is set for day-precise values, {@code clock} for times of day. */
    record Cand(int start, int end, String value, LocalDate date, String clock, int priority) {
        Cand span(int s, int e) {
            return new Cand(s, e, value, date, clock, priority);
        }

        int length() {
            return end - start;
        }
    }

    /** What a rule sees of the sentence. One per sentence and call, used by one thread. */
    static final class Ctx {
        final String lower;     // lower-cased sentence text, same length as the original
        final String original;
        final int base;         // offset of the sentence in the article
        final LocalDate pub;    // null when unknown
        final LocalTime pubTime;
        final java.time.ZoneOffset offset; // null when unknown
        final boolean futureForBare;
        private final Sentence sentence;
        private final String language;
        private List<ClauseTense.Mark> marks; // the sentence's tensed verbs, found when a rule first asks

        Ctx(String lower, String original, int base, Timestamp published, boolean futureForBare,
            Sentence sentence, String language) {
            this.lower = lower;
            this.original = original;
            this.base = base;
            this.pub = published == null ? null : published.date();
            this.pubTime = published == null ? null : published.time();
            this.offset = published == null ? null : published.offset();
            this.futureForBare = futureForBare;
            this.sentence = sentence;
            this.language = language;
        }

        Tense tense(int pos) {
            if (marks == null) {
                marks = ClauseTense.marks(sentence, language);
            }
            return ClauseTense.nearest(marks, base + pos);
        }

        /** Tense for a bare weekday/month/season: the clause's, or the future in Duckling mode. */
        Tense bareTense(int pos) {
            return futureForBare ? Tense.FUTURE : tense(pos);
        }
    }

    @FunctionalInterface
    interface Handler {
        /** Candidates for one match (empty or null to reject it). */
        List<Cand> apply(M m, Ctx ctx);
    }

    /** A match with safe access to optional named groups. */
    static final class M {
        final Matcher matcher;
        final Set<String> groups;
        final int priority;

        M(Matcher matcher, Set<String> groups, int priority) {
            this.matcher = matcher;
            this.groups = groups;
            this.priority = priority;
        }

        String g(String name) {
            return groups.contains(name) ? matcher.group(name) : null;
        }

        int start() {
            return groups.contains("x") && matcher.group("x") != null ? matcher.start("x") : matcher.start();
        }

        int end() {
            return groups.contains("x") && matcher.group("x") != null ? matcher.end("x") : matcher.end();
        }

        int start(String name) {
            return matcher.start(name);
        }

        List<Cand> one(String value) {
            return List.of(new Cand(start(), end(), value, null, null, priority));
        }

        List<Cand> day(LocalDate d) {
            return d == null ? List.of() : List.of(new Cand(start(), end(), d.toString(), d, null, priority));
        }

        List<Cand> relative(LocalDate pub, java.util.function.Function<LocalDate, String> f) {
            return one(pub == null ? null : f.apply(pub));
        }
    }

    /**
     * A grammar rule. {@code anchors}: words one of which must stand in a sentence for the rule to
     * match there unless it reads digits ({@code digits}) and the sentence has one; null when the
     * rule names no anchor category and must always run.
     */
    record Rule(String name, Pattern pattern, Set<String> groups, Handler handler, Set<String> anchors,
                boolean digits) {}

    // =============================================================================================

    /** The compiled rules of one language. */
    static final class Grammar {
        private static final List<String> ANCHOR_CATEGORIES = List.of("month", "monthabbr", "weekday", "weekdayabbr",
                "unit", "holiday", "relday", "reldaypart", "daypart", "decade", "decadehead", "now", "weekend", "season",
                "clock", "ago", "vague", "needscontext", "clockpart", "oclock", "periodabbr");
        private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}]+");
        private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\p)\\{([A-Za-z]+)(?::([^}_]+))?(_)?\\}");
        private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
        private static final String B0 = "(?<![\\p{L}\\p{N}])";
        private static final String B1 = "(?![\\p{L}\\p{N}])";
        // patterns the handlers and the composition apply to every match: compiled once, not per call
        private static final Pattern DIGITS = Pattern.compile("\\d+");
        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{1,2})");
        private static final Pattern UNIT_VALUE = Pattern.compile("(\\d?)(\\D+)");
        private static final Pattern DASH_GAP = Pattern.compile("\\s+[-/].*|.*[-/]\\s+");
        private static final Pattern NEXT_TOKEN = Pattern.compile("^\\s*([\\p{L}'.]+)");
        private static final Pattern NUMBER_GLUED = Pattern.compile("(?s)^\\s*(?:[%:.,/-]\\s*\\d|\\d|h\\d|[-–\"“”'’(]).*");
        private static final Pattern AMPM_OR_H = Pattern.compile("[ap]m?|h");
        private static final Pattern SENTENCE_END = Pattern.compile("(?s)^\\s*(?:[.;!?]\\s*)?$");
        private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([\\p{L}']+)");
        private static final Pattern WRITTEN_WORD = Pattern.compile("\\p{Lu}?\\p{Ll}+|\\p{Lu}+");
        private static final Pattern MONTH_PREPOSITION = Pattern.compile("(?s).*(?<![\\p{L}])(in|during|since|until|till|by|of|for|on|to|around|about|early|late|mid|next|last|this|before|after|from|through)$");
        private static final Pattern SHORT_WORD = Pattern.compile("\\p{L}{1,2}");
        private static final Pattern A_OR_ONE = Pattern.compile("an?|one");
        private static final Pattern DIGITS_OR_A = Pattern.compile("\\d+|an?");
        private static final Pattern AMPM = Pattern.compile("[ap]m|[ap]");
        private static final Pattern ABBREVIATION_END = Pattern.compile("(?s).*\\.\\p{L}\\.");
        private static final Pattern DIGIT = Pattern.compile("\\d");
        private static final Pattern DASH = Pattern.compile("[-–—]");
        private static final Pattern PART_OF_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI)");

        final String language;
        final TimeLexicon lex;
        final Map<String, Integer> numbers = new LinkedHashMap<>();
        final List<Rule> rules = new ArrayList<>();
        final boolean mdy;
        final boolean abbrAlone;
        final boolean spokenClock;
        final boolean twelveHourClock;
        final Pattern byBefore;
        final Pattern fromBefore;
        final Pattern joinDateTime;
        final Pattern rangeJoin;
        final Pattern yearListItem;
        final Pattern zoneAfter;
        /**
         * Words at least one of which every expression needs when it has no digit: for each phrase of
         * the categories that anchor an expression (months, weekdays, units, "oggi", seasons, …), its
         * longest word. A sentence with none of them and no digit holds no expression, and skipping it
         * spares the forty-odd rule patterns most sentences of an article would otherwise run. ("am" and
         * "pm" are written in the clock rules themselves. Spoken clock times without them, "at three
         * twenty", count only in languages that set {@code spoken-clock}, whose number words from ten to
         * fifty-nine and "oh"/"zero" then open the gate too.)
         */
        final Set<String> anchors = new HashSet<>(Set.of("am", "pm"));
        /** The rules (bit {@code i} for rule {@code i}) that name no anchor and so run in every sentence. */
        private final long[] anchorless;
        /** {@link #anchorless} and the rules that read digits: those that run in a sentence with a digit. */
        private final long[] anchorlessOrDigits;
        /**
         * For each word of {@link #anchors} or anchor of some rule, the rules it lets run, and in one
         * more long whether it is in {@link #anchors} (1) or not (0): one lookup per word of a sentence.
         */
        private final Map<String, long[]> byAnchor;

        /** Per thread, because a stage is used from many threads at once: see {@link Scratch}. */
        private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

        Grammar(String language, TimeLexicon lex) {
            this.language = language;
            this.lex = lex;
            this.mdy = lex.setting("date-order", "DMY").equals("MDY");
            this.abbrAlone = lex.setting("weekday-abbr-alone", "no").equals("yes");
            this.spokenClock = lex.setting("spoken-clock", "no").equals("yes");
            this.twelveHourClock = lex.setting("twelve-hour-clock", "no").equals("yes");
            buildNumbers();
            defineRules();
            this.byBefore = compileRaw("(?:{by_}|{by})\\s*(?:{det_})?$");
            this.fromBefore = compileRaw("(?:{from_}|{from})\\s*(?:{det_})?$");
            this.joinDateTime = compileRaw("^[\\s,]*(?:(?:{at_}|{of_}|{det_}|{at}|{of})[\\s,]*)*$");
            this.rangeJoin = compileRaw("^\\s*(?:-|–|—|(?:{to_})|(?:{to}))\\s*(?:{det_})?$");
            this.zoneAfter = compileRaw("^\\s*\\(?(?<z>{zone})\\)?(?![\\p{L}])");
            this.yearListItem = compileRaw("^(?:\\s*,\\s*|\\s+(?:{and})\\s+|\\s*,\\s*(?:{and})\\s+)(?:{det_})?((?:1[0-9]|20)\\d{2})" + B1);
            if (spokenClock) {
                // the minutes of a spoken clock time, "ten thirty", "twelve oh three"
                anchors.addAll(List.of("oh", "ou", "zero"));
                numbers.forEach((p, v) -> {
                    if (v >= 10 && v < 60 && p.matches("\\p{L}+")) {
                        anchors.add(p);
                    }
                });
            }
            for (String category : ANCHOR_CATEGORIES) {
                anchors.addAll(anchorWords(category));
            }
            this.anchorless = new long[words()];
            this.anchorlessOrDigits = new long[words()];
            Map<String, long[]> byAnchor = new HashMap<>();
            for (String a : anchors) {
                byAnchor.put(a, new long[words() + 1]);
                byAnchor.get(a)[words()] = 1;
            }
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                if (r.anchors() == null) {
                    set(anchorless, i);
                    set(anchorlessOrDigits, i);
                    continue;
                }
                if (r.digits()) {
                    set(anchorlessOrDigits, i);
                }
                for (String a : r.anchors()) {
                    set(byAnchor.computeIfAbsent(a, k -> new long[words() + 1]), i);
                }
            }
            this.byAnchor = Map.copyOf(byAnchor);
        }

        /** Longs in a set of rules, one bit per rule. */
        private int words() {
            return (rules.size() + 63) / 64;
        }

        private static void set(long[] bits, int i) {
            bits[i >>> 6] |= 1L << i;
        }

        private static boolean has(long[] bits, int i) {
            return (bits[i >>> 6] & (1L << i)) != 0;
        }

        /** For each phrase of a category, its longest word: present in any text the phrase matches. */
        private Set<String> anchorWords(String category) {
            Set<String> out = new HashSet<>();
            for (String phrase : lex.category(category).keySet()) {
                String longest = "";
                for (String word : WORD_SPLIT.split(phrase.toLowerCase(Locale.ROOT))) {
                    if (word.length() > longest.length()) {
                        longest = word;
                    }
                }
                if (!longest.isEmpty()) {
                    out.add(longest);
                }
            }
            return out;
        }

        /**
         * The rules that may match in a lower-cased sentence (bit {@code i} for rule {@code i}): those that
         * name no anchor, those that read digits when the sentence has one, and those one of whose anchor
         * words stands in it as a word (a run of letters). Null when the sentence has no digit and no
         * anchor word of the grammar: then it holds no expression and no rule runs.
         */
        long[] candidateRules(String lower) {
            boolean digit = false;
            for (int i = 0; i < lower.length() && !digit; i++) {
                digit = Character.isDigit(lower.charAt(i));
            }
            long[] bits = (digit ? anchorlessOrDigits : anchorless).clone();
            boolean anchor = false;
            int n = lower.length();
            int i = 0;
            while (i < n) {
                int cp = lower.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < n && Character.isLetter(cp = lower.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                long[] more = byAnchor.get(lower.substring(start, i));
                if (more != null) {
                    for (int k = 0; k < bits.length; k++) {
                        bits[k] |= more[k];
                    }
                    anchor |= more[bits.length] != 0;
                }
            }
            return digit || anchor ? bits : null;
        }

        private void buildNumbers() {
            lex.category("number").forEach((p, v) -> numbers.put(p, Integer.parseInt(v)));
            boolean elide = lex.setting("number-join", "elide").equals("elide");
            Map<String, Integer> units = new LinkedHashMap<>();
            Map<String, Integer> tens = new LinkedHashMap<>();
            numbers.forEach((p, v) -> {
                if (!p.matches("\\p{L}+") || p.length() < 3) {
                    return; // "un", "a", "an" and phrases do not combine
                }
                if (v >= 1 && v <= 9) {
                    units.put(p, v);
                } else if (v >= 20 && v <= 90 && v % 10 == 0) {
                    tens.put(p, v);
                }
            });
            tens.forEach((t, tv) -> units.forEach((u, uv) -> {
                if (elide) {
                    boolean vowel = "aeiou".indexOf(u.charAt(0)) >= 0;
                    String stem = vowel ? t.substring(0, t.length() - 1) : t;
                    numbers.putIfAbsent(stem + u, tv + uv);
                    if (u.equals("tre")) {
                        numbers.putIfAbsent(stem + "tré", tv + uv);
                    }
                } else {
                    numbers.putIfAbsent(t + "-" + u, tv + uv);
                    numbers.putIfAbsent(t + " " + u, tv + uv);
                }
            }));
        }

        Integer number(String s) {
            if (s == null) {
                return null;
            }
            String n = TimeLexicon.normalise(s);
            if (DIGITS.matcher(n).matches()) {
                return Integer.parseInt(n);
            }
            return numbers.get(n);
        }

        private String numberAlternation() {
            List<String> ps = new ArrayList<>(numbers.keySet());
            ps.sort(Comparator.comparingInt(String::length).reversed());
            String words = PhraseTrie.of(ps, p -> "");
            return "(?:\\d{1,3}(?![\\d:.,]\\d)" + (words == null ? "" : "|" + words) + ")";
        }

        /** Expands placeholders; a category the language lacks becomes a branch that never matches. */
        String expand(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String cat = m.group(1);
                String filter = m.group(2);
                boolean prefix = m.group(3) != null;
                String alt;
                if (cat.equals("NUM")) {
                    alt = numberAlternation();
                } else if (cat.equals("DAY")) {
                    String ord = lex.alternation("ordinal", v -> true);
                    alt = "(?:(?:[12]\\d|3[01]|0?[1-9])(?!\\d)(?:°|º|st|nd|rd|th)?" + (ord == null ? "" : "|" + ord) + ")";
                } else if (prefix) {
                    alt = prefixAlternation(cat);
                } else {
                    Set<String> allowed = filter == null ? null : Set.of(filter.split("\\|"));
                    alt = lex.alternation(cat, v -> allowed == null || allowed.contains(v));
                }
                if (alt == null) {
                    alt = "(?!)"; // a category this language does not fill: that branch never matches
                }
                m.appendReplacement(out, Matcher.quoteReplacement(alt));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** A category as words that lead another: each followed by white space, or nothing after an apostrophe. */
        private String prefixAlternation(String cat) {
            List<String> ps = new ArrayList<>(lex.category(cat).keySet());
            if (ps.isEmpty()) {
                return null;
            }
            ps.sort(Comparator.comparingInt(String::length).reversed());
            return PhraseTrie.of(ps, p -> p.endsWith("'") ? "\\s*" : "\\s+");
        }

        private Pattern compileRaw(String template) {
            String body = expand(template);
            return body == null ? null : Pattern.compile(body);
        }

        /**
         * The month named by group "m", in the year of group "y" when given, else in the year its
         * clause's tense points to; null when neither a year nor a publication date is known.
         */
        private YearMonth namedMonth(M m, Ctx c) {
            int mo = month(m.g("m"));
            if (m.g("y") != null) {
                return YearMonth.of(year(m.g("y"), c.pub), mo);
            }
            return c.pub == null ? null : TimeMath.month(mo, c.bareTense(m.start()), c.pub);
        }

        private void rule(String name, String template, Handler handler) {
            String body = expand(template);
            if (body == null) {
                return; // this language lacks a category the rule needs
            }
            if (body.replace("(?<=\\d)", "").contains("(?<=")) {
                // Scratch's word test relies on it: only a digit may be looked for behind a position
                throw new IllegalStateException("rule " + name + ": a positive lookbehind other than (?<=\\d)");
            }
            Pattern p = Pattern.compile(B0 + "(?:" + body + ")" + B1);
            Set<String> groups = new HashSet<>();
            Matcher g = GROUP.matcher(body);
            while (g.find()) {
                groups.add(g.group(1));
            }
            // A rule that names an anchor category (a month, a unit, "oggi", …) can match only where
            // one of its words stands, or a digit when the rule reads digits: elsewhere it is skipped.
            Set<String> ruleAnchors = new HashSet<>();
            Matcher placeholders = PLACEHOLDER.matcher(template);
            while (placeholders.find()) {
                if (ANCHOR_CATEGORIES.contains(placeholders.group(1))) {
                    ruleAnchors.addAll(anchorWords(placeholders.group(1)));
                }
            }
            // digits read by the rule itself or by a category it expands ({DAY}, {NUM})
            boolean digits = body.contains("\\d") || body.contains("\\p{N}") || body.chars().anyMatch(Character::isDigit);
            // number words ("alle tre e venti", "ten thirty") make a clock time with no other anchor
            if (!ruleAnchors.isEmpty() && template.contains("{NUM")) {
                for (String number : numbers.keySet()) {
                    ruleAnchors.addAll(List.of(WORD_SPLIT.split(number)));
                }
            }
            rules.add(new Rule(name, p, Set.copyOf(groups), handler,
                    ruleAnchors.isEmpty() ? null : Set.copyOf(ruleAnchors), digits));
        }

        // ---------------------------------------------------------------------------------------

        private int month(String s) {
            String v = lex.value("month", s);
            if (v == null) {
                v = lex.value("monthabbr", s == null ? null : s.replace(".", ""));
            }
            return v == null ? 0 : Integer.parseInt(v);
        }

        private int weekday(String s) {
            if (s == null) {
                return 0;
            }
            String v = lex.value("weekday", s);
            if (v == null) {
                v = lex.value("weekdayabbr", s.replace(".", "").strip());
            }
            return v == null ? 0 : Integer.parseInt(v);
        }

        private int day(String s) {
            if (s == null) {
                return 0;
            }
            Matcher d = LEADING_DAY.matcher(s);
            if (d.find()) {
                return Integer.parseInt(d.group(1));
            }
            String o = lex.value("ordinal", s);
            if (o != null) {
                return Integer.parseInt(o);
            }
            Integer n = number(s);
            return n == null ? 0 : n;
        }

        private static int year(String s, LocalDate pub) {
            String y = s.replace("'", "").replace("’", "");
            int v = Integer.parseInt(y);
            if (y.length() == 2) {
                int ref = pub == null ? 2000 : pub.getYear();
                int pivot = (ref % 100) + 10; // two-digit years up to ten years ahead are this century
                v += v <= pivot ? (ref / 100) * 100 : (ref / 100 - 1) * 100;
            }
            return v;
        }

        /** Unit value "W", or with a count ("2W") → {count, unit}. */
        private static Object[] unit(String v) {
            Matcher m = UNIT_VALUE.matcher(v);
            m.matches();
            return new Object[] {m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1)), m.group(2)};
        }

        private boolean needsContext(String word) {
            return lex.has("needscontext", word);
        }

        private boolean capitalised(Ctx c, int pos) {
            return Character.isUpperCase(c.original.charAt(pos));
        }

        /** The date a day reference denotes: a relative day word or a weekday. */
        private LocalDate dayRef(M m, Ctx c) {
            if (c.pub == null) {
                return null;
            }
            String rd = m.g("rd");
            if (rd != null) {
                return c.pub.plusDays(Integer.parseInt(lex.value("relday", rd)));
            }
            String wd = m.g("wd");
            if (wd != null) {
                return TimeMath.weekday(weekday(wd), c.bareTense(m.start("wd")), c.pub);
            }
            return c.pub;
        }

        private static String part(String p) {
            return p; // MO, AF, EV, NI
        }

        private void defineRules() {
            // ---- absolute dates -----------------------------------------------------------------
            rule("iso-date", "(?<y>\\d{4})-(?<mo>\\d{1,2})-(?<d>\\d{1,2})(?![\\d/-]|\\.\\d)",
                    (m, c) -> m.day(TimeMath.date(Integer.parseInt(m.g("y")), Integer.parseInt(m.g("mo")), Integer.parseInt(m.g("d")))));
            rule("numeric-date", "(?<![\\d/.-])(?<a>\\d{1,2})(?<s>[/.-])(?<b>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)",
                    (m, c) -> {
                        int a = Integer.parseInt(m.g("a"));
                        int b = Integer.parseInt(m.g("b"));
                        int y = year(m.g("y"), c.pub);
                        boolean monthFirst = mdy ? a <= 12 : b > 12 && a <= 12;
                        return m.day(monthFirst ? TimeMath.date(y, a, b) : TimeMath.date(y, b, a));
                    });
            rule("numeric-day-month", "(?<![\\d/.-])(?<a>\\d{1,2})\\s?/\\s?(?<b>\\d{1,2})(?![\\d/-]|[.,]\\d|\\s?/)",
                    (m, c) -> {
                        int a = Integer.parseInt(m.g("a"));
                        int b = Integer.parseInt(m.g("b"));
                        boolean monthFirst = mdy ? a <= 12 : b > 12 && a <= 12;
                        int mo = monthFirst ? a : b;
                        int d = monthFirst ? b : a;
                        if (c.pub == null || mo < 1 || mo > 12 || d < 1 || d > 31) {
                            return List.of();
                        }
                        return m.day(TimeMath.dayMonth(d, mo, 0, c.tense(m.start()), c.pub));
                    });
            String wdPrefix = "(?:(?<wd>{weekday}|{weekdayabbr}\\.?)[,\\s]\\s*(?:{det_})?)?";
            String yearSuffix = "(?:(?:,?\\s*|\\s*[-/]\\s*)(?:{of_})?(?<y>(?:1\\d|20)\\d{2}|['’]\\d{2}))?";
            Handler dmy = (m, c) -> {
                int mo = month(m.g("m"));
                int d = day(m.g("d"));
                int wd = weekday(m.g("wd") != null ? m.g("wd") : m.g("wd2"));
                if (mo == 0 || d < 1 || d > 31) {
                    return List.of();
                }
                if (m.g("y") != null) {
                    return m.day(TimeMath.date(year(m.g("y"), c.pub), mo, d));
                }
                if (c.pub == null) {
                    return m.one(null);
                }
                Tense t = wd == 0 && c.futureForBare ? Tense.FUTURE : c.tense(m.start());
                return m.day(TimeMath.dayMonth(d, mo, wd, t, c.pub));
            };
            rule("day-month", wdPrefix + "(?<d>{DAY})\\s*(?:[-/]\\s*|\\s+{of_}|\\s+{of}\\s+)?(?<m>{month}|{monthabbr}\\.?)" + yearSuffix, (m, c) -> {
                String gap = c.lower.substring(m.matcher.end("d"), m.matcher.start("m"));
                if (mdy && DASH_GAP.matcher(gap).matches()) {
                    return List.of(); // "July 13 - July 15": the hyphen joins two dates, not a day to a month
                }
                return dmy.apply(m, c);
            });
            rule("month-day", wdPrefix + "(?<m>{month}|{monthabbr}\\.?)\\s*(?:{det_})?(?<d>{DAY})" + yearSuffix
                    + "(?:,\\s*(?<wd2>{weekday}|{weekdayabbr}))?", (m, c) -> {
                        if (!mdy && DIGITS.matcher(m.g("d")).matches() && m.g("y") == null && m.g("wd") == null) {
                            return List.of(); // Italian "marzo 3" is not a date form
                        }
                        if (needsContext(m.g("m")) && !capitalised(c, m.start("m"))
                                && m.g("y") == null && DIGITS.matcher(m.g("d")).matches()) {
                            return List.of(); // "march 3 miles"; but "march 3rd", "march third", "march 3 2015"
                        }
                        return dmy.apply(m, c);
                    });
            rule("month-year", "(?<m>{month}|{monthabbr}\\.?)\\s*(?:{of_})?(?<y>(?:1\\d|20)\\d{2})", (m, c) -> {
                int mo = month(m.g("m"));
                if (mo == 0 || needsContext(m.g("m")) && !capitalised(c, m.start("m"))) {
                    return List.of();
                }
                return m.one(YearMonth.of(Integer.parseInt(m.g("y")), mo).toString());
            });
            rule("numeric-month-year", "(?<![\\d/.-])(?:(?<y>(?:1\\d|20)\\d{2})[-/](?<mo>0?[1-9]|1[0-2])|(?<mo2>0?[1-9]|1[0-2])/(?<y2>(?:1\\d|20)\\d{2}))(?![\\d/-])",
                    (m, c) -> m.one(m.g("y") != null
                            ? YearMonth.of(Integer.parseInt(m.g("y")), Integer.parseInt(m.g("mo"))).toString()
                            : YearMonth.of(Integer.parseInt(m.g("y2")), Integer.parseInt(m.g("mo2"))).toString()));
            rule("day-range-month", "(?:{from_})?(?:{det_})?(?<x>(?<d1>{DAY})\\s*(?:-|–|(?:{to_})(?:{det_})?)\\s*(?<d2>{DAY})\\s*(?:{of_})?(?<m>{month}|{monthabbr}\\.?)" + yearSuffix + ")",
                    (m, c) -> rangeInMonth(m, c));
            rule("month-day-range", "(?:{from_})?(?<x>(?<m>{month}|{monthabbr}\\.?)\\s+(?<d1>{DAY})\\s*(?:-|–|(?:{to_})(?:{det_})?)\\s*(?<d2>{DAY})" + yearSuffix + ")",
                    (m, c) -> mdy ? rangeInMonth(m, c) : List.of());
            rule("nth-weekday-of-month", "(?:{det_})?(?<x>(?:(?<o>{ordinal}|\\d(?:st|nd|rd|th|°|º)?)|(?<last>{shift:-1}))\\s+(?<wd>{weekday}|(?<dayword>{unit:D}))\\s+(?:(?:{of_})|(?:{of})\\s+)(?:{det_})?(?:{unit:M}\\s+(?:{of_}|{of}\\s+))?(?<m>{month})" + yearSuffix + ")",
                    (m, c) -> {
                        int mo = month(m.g("m"));
                        int y;
                        if (m.g("y") != null) {
                            y = year(m.g("y"), c.pub);
                        } else if (c.pub != null) {
                            y = TimeMath.month(mo, c.bareTense(m.start()), c.pub).getYear();
                        } else {
                            return m.one(null);
                        }
                        YearMonth ym = YearMonth.of(y, mo);
                        LocalDate d;
                        if (m.g("dayword") != null) {
                            d = m.g("last") != null ? ym.atEndOfMonth() : TimeMath.date(y, mo, day(m.g("o")));
                        } else {
                            DayOfWeek dow = DayOfWeek.of(weekday(m.g("wd")));
                            d = m.g("last") != null
                                    ? ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dow))
                                    : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(day(m.g("o")), dow));
                            if (d.getMonthValue() != mo) {
                                return List.of();
                            }
                        }
                        return m.day(d);
                    });

            // what may follow a day of the month that is none: "and"/"or", and the words for "of"
            Pattern andAfter = Pattern.compile("(?s)^\\s*(?:,|(?:" + String.join("|", lex.category("and").keySet()) + "|or)\\b).*");
            Pattern ofAfter = Pattern.compile("(?s)^\\s+(?:" + String.join("|", lex.category("of").keySet()) + ")\\b.*");
            // ---- a day of the month alone: "on the 24th", "Tuesday the 19th", "the 20th of next month" -------
            rule("day-of-month", "(?:(?<pre>{dayon_}))?(?<x>(?:(?<wd>{weekday}|{weekdayabbr})\\.?,?\\s+(?:{dayon_})?)?"
                    + "(?:(?<dn>[12]\\d|3[01]|0?[1-9])(?<suf>st|nd|rd|th)?|(?<o>{ordinal})))", (m, c) -> {
                        String pre = m.g("pre");
                        boolean wd = m.g("wd") != null;
                        if (wd && lex.has("needscontext", m.g("wd")) && !capitalised(c, m.start("wd"))) {
                            return List.of();
                        }
                        String after = c.lower.substring(m.end());
                        Matcher next = NEXT_TOKEN.matcher(after);
                        String nextWord = next.find() ? next.group(1).replace(".", "") : "";
                        if (followedByWord(m, c) || NUMBER_GLUED.matcher(after).matches()
                                || andAfter.matcher(after).matches()
                                || AMPM_OR_H.matcher(nextWord).matches() || lex.has("oclock", nextWord) || lex.has("daypart", nextWord)
                                || lex.has("unit", nextWord)) {
                            return List.of(); // "the 24th amendment", "the second round", "the 24, 25", "Thursday 9 am"
                        }
                        if (!wd) {
                            if (pre == null) {
                                return List.of();
                            }
                            boolean on = WHITESPACE.split(pre.strip()).length > 1 || !lex.has("det", pre.strip()) || pre.strip().equals("on");
                            if (m.g("o") != null && !on) {
                                return List.of(); // "the first" is rarely a date; "on the first" is
                            }
                            if (m.g("dn") != null && m.g("suf") == null && !SENTENCE_END.matcher(c.lower.substring(m.end())).matches()) {
                                return List.of(); // a bare number only ending the sentence: "(on) the 24."
                            }
                        }
                        if (c.pub == null) {
                            return m.one(null);
                        }
                        int d = m.g("dn") != null ? Integer.parseInt(m.g("dn")) : Integer.parseInt(lex.value("ordinal", m.g("o")));
                        int w = wd ? weekday(m.g("wd")) : 0;
                        return m.day(TimeMath.dayOfMonth(d, w, c.bareTense(m.start()), c.pub));
                    });
            rule("day-of-rel-month", "(?<x>(?:(?<dn>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?<o>{ordinal}))(?:\\s+{unit:D})?\\s+(?:{of})\\s+(?:{det_})?"
                    + "(?:(?<s>{shift})\\s+{unit:M}|{unit:M}\\s+(?<s2>{shift})))", (m, c) -> {
                        int d = m.g("dn") != null ? Integer.parseInt(m.g("dn")) : Integer.parseInt(lex.value("ordinal", m.g("o")));
                        int s = Integer.parseInt(lex.value("shift", m.g("s") != null ? m.g("s") : m.g("s2")));
                        if (c.pub == null) {
                            return m.one(null);
                        }
                        YearMonth ym = YearMonth.from(c.pub).plusMonths(s);
                        return m.day(TimeMath.date(ym.getYear(), ym.getMonthValue(), d));
                    });
            rule("nth-weekday-of-rel-month", "(?:{det_})?(?<x>(?:(?<o>{ordinal}|\\d(?:st|nd|rd|th)?)|(?<last>{shift:-1}))\\s+(?<wd>{weekday})\\s+(?:(?:{of_})|(?:{of})\\s+)(?:{det_})?(?:(?<s>{shift})\\s+)?{unit:M})",
                    (m, c) -> {
                        if (c.pub == null) {
                            return m.one(null);
                        }
                        int s = m.g("s") == null ? 0 : Integer.parseInt(lex.value("shift", m.g("s")));
                        YearMonth ym = YearMonth.from(c.pub).plusMonths(s);
                        DayOfWeek dow = DayOfWeek.of(weekday(m.g("wd")));
                        LocalDate d = m.g("last") != null
                                ? ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dow))
                                : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(day(m.g("o")), dow));
                        return d.getMonthValue() == ym.getMonthValue() ? m.day(d) : List.of();
                    });
            // "3 Fridays from now", "two Thursdays ago"
            rule("weekdays-ago", "(?<n>{NUM})\\s+(?<wd>{weekday})s?\\s+(?<a>{ago})", (m, c) -> {
                Integer n = number(m.g("n"));
                if (n == null || n < 1 || n > 52) {
                    return List.of();
                }
                if (c.pub == null) {
                    return m.one(null);
                }
                DayOfWeek dow = DayOfWeek.of(weekday(m.g("wd")));
                int dir = Integer.parseInt(lex.value("ago", m.g("a")));
                return m.day(dir > 0 ? c.pub.with(TemporalAdjusters.next(dow)).plusWeeks(n - 1)
                        : c.pub.with(TemporalAdjusters.previous(dow)).minusWeeks(n - 1));
            });
            // "EOM", "by EOY": business shorthand, upper case only
            rule("period-abbr", "(?<pa>{periodabbr})", (m, c) -> {
                if (!c.original.substring(m.start(), m.end()).equals(c.original.substring(m.start(), m.end()).toUpperCase(Locale.ROOT))) {
                    return List.of();
                }
                if (c.pub == null) {
                    return m.one(null);
                }
                String[] v = lex.value("periodabbr", m.g("pa")).split(" ");
                return switch (v[1]) {
                    case "D" -> m.day(c.pub);
                    case "M" -> m.one(monthPart(YearMonth.from(c.pub), v[0]));
                    default -> m.one(yearPart(c.pub.getYear(), v[0]));
                };
            });

            // "Friday after next", "March after next"
            rule("after-next", "(?:(?<wd>{weekday})|(?<m>{month}))\\s+(?:{afternext})", (m, c) -> {
                if (c.pub == null) {
                    return m.one(null);
                }
                if (m.g("wd") != null) {
                    return m.day(c.pub.with(TemporalAdjusters.next(DayOfWeek.of(weekday(m.g("wd"))))).plusWeeks(1));
                }
                return m.one(TimeMath.month(month(m.g("m")), Tense.FUTURE, c.pub.plusMonths(1)).plusYears(1).toString());
            });
            // "the last weekend of October"
            rule("weekend-of-month", "(?:{det_})?(?<x>(?<last>{shift:-1})\\s+{weekend}\\s+(?:(?:{of_})|(?:{of})\\s+)(?:{det_})?(?<m>{month})" + yearSuffix + ")",
                    (m, c) -> {
                        YearMonth ym = namedMonth(m, c);
                        if (ym == null) {
                            return m.one(null);
                        }
                        return m.one(TimeMath.week(ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY))) + "-WE");
                    });
            // "the first week of October 2014", "the second last week of 2018": weeks wholly inside the month or year
            rule("week-of-period", "(?:{det_})?(?<x>(?:(?<o>{ordinal}|\\d(?:st|nd|rd|th))\\s+)?(?:(?<last>{shift:-1})\\s+)?{unit:W}\\s+(?:(?:{of_})|(?:{of})\\s+)(?:{det_})?"
                    + "(?:(?<m>{month})" + yearSuffix + "|(?<ty>(?:1\\d|20)\\d{2})))", (m, c) -> {
                        if (m.g("o") == null && m.g("last") == null) {
                            return List.of();
                        }
                        int n = m.g("o") == null ? 1 : day(m.g("o"));
                        LocalDate from;
                        LocalDate to;
                        if (m.g("ty") != null) {
                            from = LocalDate.of(Integer.parseInt(m.g("ty")), 1, 1);
                            to = LocalDate.of(Integer.parseInt(m.g("ty")), 12, 31);
                        } else {
                            YearMonth ym = namedMonth(m, c);
                            if (ym == null) {
                                return m.one(null);
                            }
                            from = ym.atDay(1);
                            to = ym.atEndOfMonth();
                        }
                        LocalDate monday = m.g("last") != null
                                ? to.minusDays(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(n - 1)
                                : from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1);
                        if (monday.isBefore(from) || monday.plusDays(6).isAfter(to)) {
                            return List.of();
                        }
                        return m.one(TimeMath.week(monday));
                    });
            // "in 2014 AD", "in 14 a.d."
            rule("year-era", "(?<y>\\d{1,4})\\s*(?<e>{era})", (m, c) -> {
                String e = c.original.substring(m.start("e"), m.end());
                if (!e.contains(".") && !e.equals(e.toUpperCase(Locale.ROOT)) || Integer.parseInt(m.g("y")) == 0) {
                    return List.of(); // "5 ad campaigns"
                }
                return m.one(String.format("%04d", Integer.parseInt(m.g("y"))));
            });

            // ---- years, decades, quarters ------------------------------------------------------
            rule("year-prep", "(?:{yearprep_})(?<x>(?<y>1[0-9]\\d{2}|20\\d{2}))(?![\\d.,]\\d|\\s*%)", (m, c) -> yearList(m, c));
            rule("year-bare", "(?<![\\d.,])(?<x>(?<y>19\\d{2}|20\\d{2}))(?![\\d.,]\\d|\\s*%)", (m, c) -> {
                // a bare number is a year only when no noun follows it ("2000 persone")
                String rest = c.lower.substring(m.end());
                Matcher w = NEXT_WORD.matcher(rest);
                if (w.find() && !lex.has("and", w.group(1)) && !lex.has("det", w.group(1)) && !lex.has("of", w.group(1))
                        && !capitalised(c, m.end() + w.start(1))) {
                    return List.of();
                }
                return yearList(m, c);
            });
            rule("decade-numeric", "(?:{decadehead})\\s+(?:['’]\\s?)?(?<dd>\\d)0(?![\\d])", (m, c) ->
                    m.one("19" + m.g("dd")));
            rule("decade-full", "(?:{decadehead})\\s+(?<c>1\\d|20)(?<d1>\\d)0(?![\\d])", (m, c) ->
                    m.one(m.g("c") + m.g("d1")));
            rule("decade-s", "(?:(?<c>1\\d|20)(?<d1>\\d)0|['’](?<dd>\\d)0)['’]?s", (m, c) ->
                    m.one(m.g("c") != null ? m.g("c") + m.g("d1") : "19" + m.g("dd")));
            rule("decade-word", "(?<dw>{decade})", (m, c) -> {
                String d = lex.value("decade", m.g("dw"));
                return m.one(d.equals("0") ? "200" : "19" + d);
            });
            rule("quarter", "(?<o>{ordinal}|[1-4](?:st|nd|rd|th|°|º)?)\\s+{unit:Q}(?:\\s+(?:{of_})?(?:{det_})?(?<y>(?:1\\d|20)\\d{2}))?",
                    (m, c) -> {
                        int q = day(m.g("o"));
                        if (q < 1 || q > 4) {
                            return List.of();
                        }
                        if (m.g("y") != null) {
                            return m.one(TimeMath.quarter(Integer.parseInt(m.g("y")), q));
                        }
                        return m.relative(c.pub, p -> TimeMath.quarter(p.getYear(), q));
                    });
            rule("quarter-code", "(?<y>(?:1\\d|20)?\\d{2})\\s?q(?<q>[1-4])", (m, c) ->
                    m.one(TimeMath.quarter(year(m.g("y"), c.pub), Integer.parseInt(m.g("q")))));

            // ---- relative days and parts of days -----------------------------------------------
            rule("relday", "(?<rd>{relday})", (m, c) -> c.pub == null ? m.one(null)
                    : m.day(c.pub.plusDays(Integer.parseInt(lex.value("relday", m.g("rd"))))));
            rule("reldaypart", "(?<p>{reldaypart})", (m, c) -> {
                String[] v = lex.value("reldaypart", m.g("p")).split(" ");
                return m.relative(c.pub, p -> p.plusDays(Integer.parseInt(v[0])) + "T" + v[1]);
            });
            Handler dayPart = (m, c) -> {
                LocalDate d = dayRef(m, c);
                String p = lex.value("daypart", m.g("p"));
                return m.one(d == null ? null : d + "T" + part(p));
            };
            rule("day-part", "(?:(?<rd>{relday})|(?<wd>{weekday}))\\s+(?:(?:{of_})|(?:{det_}))?(?<p>{daypart})", dayPart);
            rule("part-of-day", "(?:{det_}|{of_})?(?<x>(?<p>{daypart})\\s+(?:{of_}|{of}\\s+)(?:{det_})?(?:(?<rd>{relday})|(?<wd>{weekday})))", dayPart);
            rule("this-part", "(?<s>{shift:0})\\s*(?<p>{daypart})", (m, c) ->
                    m.relative(c.pub, p -> p + "T" + lex.value("daypart", m.g("p"))));
            rule("prep-part", "(?:{of_}|{det_})(?<x>(?<p>{daypart}))", (m, c) ->
                    m.relative(c.pub, p -> p + "T" + lex.value("daypart", m.g("p"))));
            rule("now", "(?<n>{now})", (m, c) -> m.one("PRESENT_REF"));

            // ---- weekdays ----------------------------------------------------------------------
            rule("weekday-shift", "(?:(?<s>{shift})\\s+(?<wd>{weekday})|(?<wd2>{weekday})\\s+(?<s2>{shift}))", (m, c) -> {
                int s = Integer.parseInt(lex.value("shift", m.g("s") != null ? m.g("s") : m.g("s2")));
                int w = weekday(m.g("wd") != null ? m.g("wd") : m.g("wd2"));
                if (c.pub == null) {
                    return m.one(null);
                }
                DayOfWeek dow = DayOfWeek.of(w);
                LocalDate d = s < 0 ? c.pub.with(TemporalAdjusters.previous(dow))
                        : s > 0 ? c.pub.plusWeeks(1).with(dow)
                        : c.pub.with(TemporalAdjusters.nextOrSame(dow));
                return m.day(d);
            });
            rule("weekday-of-week", "(?<wd>{weekday})\\s+(?:(?:{of_})|(?:{of})\\s+|{det_})*(?:(?<s>{shift})\\s*{unit:W}|{unit:W}\\s+(?<s2>{shift}))",
                    (m, c) -> {
                        int s = Integer.parseInt(lex.value("shift", m.g("s") != null ? m.g("s") : m.g("s2")));
                        return m.relative(c.pub, p -> p.plusWeeks(s).with(DayOfWeek.of(weekday(m.g("wd")))).toString())
                                .stream().map(x -> x.value() == null ? x : new Cand(x.start(), x.end(), x.value(), LocalDate.parse(x.value()), null, x.priority())).toList();
                    });
            rule("weekday", "(?<wd>{weekday}|{weekdayabbr}\\.?)", (m, c) -> {
                String w = m.g("wd");
                String ow = c.original.substring(m.start(), m.end()).replace(".", "");
                if (!w.endsWith(".") && lex.has("weekdayabbr", w) && (needsContext(w) || !abbrAlone)
                        || !WRITTEN_WORD.matcher(ow).matches()) {
                    return List.of(); // "Sat", "Sun", "Wed" only with a dot or as part of a date; not "TUEs."
                }
                if (c.pub == null) {
                    return m.one(null);
                }
                return m.day(TimeMath.weekday(weekday(m.g("wd")), c.bareTense(m.start()), c.pub));
            });

            // ---- months, seasons, holidays -----------------------------------------------------
            rule("month", "(?<m>{month})", (m, c) -> {
                if (needsContext(m.g("m"))) {
                    // "May", "March": only capitalised and after a preposition ("in May")
                    String before = c.lower.substring(0, m.start()).stripTrailing();
                    boolean prep = MONTH_PREPOSITION.matcher(before).matches();
                    if (!capitalised(c, m.start()) || !prep) {
                        return List.of();
                    }
                }
                if (c.pub == null) {
                    return m.one(null);
                }
                return m.one(TimeMath.month(month(m.g("m")), c.bareTense(m.start()), c.pub).toString());
            });
            rule("month-shift", "(?:(?<s>{shift})\\s+(?<m>{month})|(?<m2>{month})\\s+(?<s2>{shift}))", (m, c) -> {
                int s = Integer.parseInt(lex.value("shift", m.g("s") != null ? m.g("s") : m.g("s2")));
                int mo = month(m.g("m") != null ? m.g("m") : m.g("m2"));
                Tense t = s < 0 ? Tense.PAST : s > 0 ? Tense.FUTURE : Tense.UNKNOWN;
                return m.relative(c.pub, p -> {
                    YearMonth ym = TimeMath.month(mo, t, p);
                    if (s != 0 && ym.getMonthValue() == p.getMonthValue()) {
                        ym = ym.plusYears(s); // "next June" in June is next year's
                    }
                    return ym.toString();
                });
            });
            rule("season", "(?:(?<s>{shift})\\s*)?(?<se>{season})(?:\\s+(?<s2>{shift}))?(?:\\s+(?:{of_})?(?<y>(?:1\\d|20)\\d{2}))?",
                    (m, c) -> {
                        String se = lex.value("season", m.g("se"));
                        if (m.g("y") != null) {
                            return m.one(m.g("y") + "-" + se);
                        }
                        String sh = m.g("s") != null ? m.g("s") : m.g("s2");
                        Integer shift = sh == null ? null : Integer.valueOf(lex.value("shift", sh));
                        return m.relative(c.pub, p -> TimeMath.seasonYear(se, shift, c.bareTense(m.start()), p) + "-" + se);
                    });
            rule("holiday", "(?:(?<s>{shift})\\s+)?(?<h>{holiday})(?:\\s+(?:{of_})?(?<y>(?:1\\d|20)\\d{2}))?", (m, c) -> {
                String[] md = lex.value("holiday", m.g("h")).split("-");
                int mo = Integer.parseInt(md[0]);
                int d = Integer.parseInt(md[1]);
                if (m.g("y") != null) {
                    return m.day(TimeMath.date(Integer.parseInt(m.g("y")), mo, d));
                }
                if (c.pub == null) {
                    return m.one(null);
                }
                Tense t = m.g("s") != null ? (Integer.parseInt(lex.value("shift", m.g("s"))) < 0 ? Tense.PAST : Tense.FUTURE)
                        : c.bareTense(m.start());
                LocalDate here = LocalDate.of(c.pub.getYear(), mo, d);
                LocalDate r;
                if (TimeMath.forward(t)) {
                    r = here.isBefore(c.pub) ? here.plusYears(1) : here;
                } else if (t == Tense.PAST) {
                    r = here.isAfter(c.pub) ? here.minusYears(1) : here;
                } else {
                    r = TimeMath.dayMonth(d, mo, 0, Tense.UNKNOWN, c.pub);
                }
                return m.day(r);
            });

            // ---- relative periods ----------------------------------------------------------------
            rule("shift-unit", "(?<x>(?:(?<v>{vague})\\s+)?(?:(?<s>{shift})\\s*(?<u>{unit:D|W|M|Q|Y|DE})|(?<u2>{unit:D|W|M|Q|Y|DE})\\s+(?<s2>{shift})))",
                    (m, c) -> {
                        String u = lex.value("unit", m.g("u") != null ? m.g("u") : m.g("u2"));
                        int s = Integer.parseInt(lex.value("shift", m.g("s") != null ? m.g("s") : m.g("s2")));
                        Object[] cu = unit(u);
                        List<Cand> r = m.relative(c.pub, p -> TimeMath.period(p, (long) s * (Integer) cu[0], (String) cu[1]));
                        if (cu[1].equals("D") && c.pub != null) {
                            return m.day(c.pub.plusDays(s));
                        }
                        return r;
                    });
            rule("weekend", "(?:(?<s>{shift})\\s*)?(?<x2>{weekend})(?:\\s+(?<s2>{shift}))?", (m, c) -> {
                String sh = m.g("s") != null ? m.g("s") : m.g("s2");
                int s = sh == null ? 0 : Integer.parseInt(lex.value("shift", sh));
                if (sh == null && c.pub != null && c.tense(m.start()) == Tense.PAST && c.pub.getDayOfWeek().getValue() < 6) {
                    s = -1; // "il weekend" in a past clause written on a weekday: the one just gone
                }
                int fs = s;
                return m.relative(c.pub, p -> TimeMath.week(p.plusWeeks(fs)) + "-WE");
            });
            Handler ago = (m, c) -> {
                Integer n = m.g("few") != null ? Integer.valueOf(lex.value("few", m.g("few"))) : number(m.g("n"));
                String uv = lex.value("unit", m.g("u"));
                if (n == null || uv == null) {
                    return List.of();
                }
                Object[] cu = unit(uv);
                long k = (long) n * (Integer) cu[0];
                String u = (String) cu[1];
                int dir = m.g("a") != null ? Integer.parseInt(lex.value("ago", m.g("a"))) : 1;
                if (c.pub == null) {
                    return m.one(null);
                }
                long sk = dir * k;
                if (c.futureForBare && c.pubTime != null && u.equals("D")) {
                    // Duckling keeps the hour for "7 days ago", "in a day"
                    LocalDate d = c.pub.plusDays(sk);
                    return List.of(new Cand(m.start(), m.end(), d + String.format("T%02d", c.pubTime.getHour()), d, null, m.priority));
                }
                if (c.futureForBare && u.equals("Y")) {
                    return m.one(YearMonth.from(c.pub).plusYears(sk).toString()); // Duckling: "two years ago" is a month
                }
                return switch (u) {
                    case "D" -> m.day(c.pub.plusDays(sk));
                    case "W" -> m.day(c.pub.plusWeeks(sk));
                    case "M" -> m.day(c.pub.plusMonths(sk));
                    case "Q" -> m.day(c.pub.plusMonths(3 * sk));
                    case "Y" -> m.one(String.valueOf(c.pub.getYear() + sk));
                    case "DE" -> m.one(String.valueOf((c.pub.getYear() + 10 * sk) / 10));
                    default -> {
                        if (c.pubTime == null) {
                            yield m.one(null);
                        }
                        java.time.LocalDateTime t = c.pub.atTime(c.pubTime);
                        t = switch (u) {
                            case "H" -> t.plusHours(sk);
                            case "MIN" -> t.plusMinutes(sk);
                            default -> t.plusSeconds(sk);
                        };
                        yield m.one(t.toLocalDate() + "T" + (u.equals("S") ? String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond())
                                : String.format("%02d:%02d", t.getHour(), t.getMinute())));
                    }
                };
            };
            rule("ago", "(?<n>{NUM})\\s+(?<u>{unit})\\s+(?<a>{ago})", ago);
            rule("ahead", "(?<x>(?:{ahead})\\s+(?:(?:circa|about|around)\\s+)?(?:(?<n>{NUM})|(?<few>{few}))(?:\\s+|(?<=\\d))(?<u>{unit}))", ago);
            // "in half an hour", "in 2.5 hours", "in 3/4 h"
            rule("ahead-fraction", "(?<x>(?:{ahead})\\s+(?:(?:circa|about|around)\\s+)?(?:(?<n>\\d{1,2})(?:[.,](?<dec>\\d)|\\s+(?:{and})\\s+(?<fr2>{fraction}))|(?<fr>{fraction}))\\s*(?<u>{unit:H}))",
                    (m, c) -> {
                        int hundredths = m.g("fr") != null ? Integer.parseInt(lex.value("fraction", m.g("fr")))
                                : Integer.parseInt(m.g("n")) * 100 + (m.g("dec") != null ? Integer.parseInt(m.g("dec")) * 10
                                        : Integer.parseInt(lex.value("fraction", m.g("fr2"))));
                        if (c.pub == null || c.pubTime == null) {
                            return m.one(c.pub == null ? null : "PT" + (hundredths * 60 / 100) + "M");
                        }
                        java.time.LocalDateTime t = c.pub.atTime(c.pubTime).plusMinutes(hundredths * 60L / 100);
                        return m.one(t.toLocalDate() + "T" + String.format("%02d:%02d", t.getHour(), t.getMinute()));
                    });
            rule("last-next-n", "(?:(?<s>{shift})\\s+(?:(?<n>{NUM})|(?<few>{few}))\\s+(?<u>{unit})|(?<n2>{NUM})\\s+(?<s2>{shift})\\s+(?<u2>{unit})|(?<n3>{NUM})\\s+(?<u3>{unit})\\s+(?<s3>{shift}))",
                    (m, c) -> {
                        String sv = m.g("s") != null ? m.g("s") : m.g("s2") != null ? m.g("s2") : m.g("s3");
                        String nv = m.g("n") != null ? m.g("n") : m.g("n2") != null ? m.g("n2") : m.g("n3");
                        String uw = m.g("u") != null ? m.g("u") : m.g("u2") != null ? m.g("u2") : m.g("u3");
                        int s = Integer.parseInt(lex.value("shift", sv));
                        Integer n = m.g("few") != null ? Integer.valueOf(lex.value("few", m.g("few"))) : number(nv);
                        if (s == 0 || n == null || n < 1) {
                            return List.of();
                        }
                        Object[] cu = unit(lex.value("unit", uw));
                        long k = (long) n * (Integer) cu[0];
                        String u = (String) cu[1];
                        if (TimeMath.period(LocalDate.EPOCH, 0, u) == null) {
                            if (c.pub == null || c.pubTime == null) {
                                return m.one(c.pub == null ? null : TimeMath.duration(k, u));
                            }
                            // hours, minutes, seconds: whole units before (or after) the current one
                            java.time.LocalDateTime now = c.pub.atTime(c.pubTime);
                            java.time.temporal.ChronoUnit cu2 = u.equals("H") ? java.time.temporal.ChronoUnit.HOURS
                                    : u.equals("MIN") ? java.time.temporal.ChronoUnit.MINUTES : java.time.temporal.ChronoUnit.SECONDS;
                            java.time.LocalDateTime cur = now.truncatedTo(cu2);
                            java.time.LocalDateTime a = s < 0 ? cur.minus(k, cu2) : cur.plus(1, cu2);
                            java.time.LocalDateTime b = s < 0 ? cur.minus(1, cu2) : cur.plus(k, cu2);
                            return m.one(TimeMath.instant(a, u) + "/" + TimeMath.instant(b, u));
                        }
                        if (c.futureForBare && lex.has("pointshift", sv)) {
                            // Duckling: "upcoming two weeks" is the single week two weeks on
                            return m.relative(c.pub, p -> TimeMath.period(p, s * k, u));
                        }
                        return m.relative(c.pub, p -> s < 0
                                ? TimeMath.period(p, -k, u) + "/" + TimeMath.period(p, -1, u)
                                : TimeMath.period(p, 1, u) + "/" + TimeMath.period(p, k, u));
                    });
            rule("duration", "(?<n>{NUM})\\s+(?<u>{unit})", (m, c) -> {
                Integer n = number(m.g("n"));
                String uv = lex.value("unit", m.g("u"));
                if (n == null || uv == null || n == 0) {
                    return List.of();
                }
                Object[] cu = unit(uv);
                if (cu[1].equals("Q") && !DIGITS.matcher(m.g("n")).matches()
                        && (followedByWord(m, c) || ofAfter.matcher(c.lower.substring(m.end())).matches())) {
                    return List.of(); // "a quarter of voters", "a quarter century"
                }
                return m.one(TimeMath.duration((long) n * (Integer) cu[0], (String) cu[1]));
            });
            rule("part-of", "(?<p>{partof})(?:\\s+|-)(?:{of_}|{of}\\s+)?(?:{det_})?(?:(?<s>{shift})\\s*)?(?:(?<tm>{month})(?:\\s+(?<ty>(?:1\\d|20)\\d{2}))?|(?<ty2>(?:1\\d|20)\\d{2})|(?<tu>{unit:W|M|Y})(?:\\s+(?<s2>{shift}))?)",
                    (m, c) -> partOf(m, c));

            // ---- clock times -------------------------------------------------------------------
            String daypartAfter = "(?:\\s+(?:(?:{of_})|(?:{of})\\s+)?(?:{det_})?(?<p>{daypart}))?";
            String ampm = "(?:\\s*(?:(?:{of_})(?:{det_}))?(?<ap>[ap]\\.?\\s?m\\.?|(?<=\\d)[ap])(?![\\p{L}]))"; // a lone "a"/"p" only as in "7p"
            rule("clock-hm", "(?:{at_})?(?<x>(?<h>[01]?\\d|2[0-4])(?:[:h]|(?<dot>\\.))(?<mi>[0-5]\\d)(?::(?<se>[0-5]\\d))?" + ampm + "?" + daypartAfter + ")",
                    (m, c) -> {
                        if (m.g("dot") != null && m.matcher.start() == m.start()) {
                            return List.of(); // "11.50" is a time only after "alle"
                        }
                        return clock(m, c);
                    });
            rule("clock-h", "(?:{at_})?(?<x>(?<h>[01]?\\d|2[0-4]|{NUM})" + ampm + daypartAfter + ")", (m, c) -> clock(m, c));
            rule("clock-at", "(?<at>{at_})(?<x>(?<h>[01]?\\d|2[0-4]|{NUM})(?![.,]\\d)(?:\\s+(?:e\\s+)?(?<mw>mezza|mezzo|un quarto|{NUM}))?" + daypartAfter + ")",
                    (m, c) -> {
                        if (SHORT_WORD.matcher(m.g("h")).matches()) {
                            return List.of(); // "by a 20", "by a fifteen-minute walk"
                        }
                        if (m.g("mw") == null && m.g("p") == null && !clockWord(m.g("at"))) {
                            return List.of(); // "about two and a half times", "reduced by 420"
                        }
                        if (m.g("mw") == null && m.g("p") == null && !DIGITS.matcher(m.g("h")).matches() && !lex.category("atclock").isEmpty()
                                && followedByWord(m, c)) {
                            return List.of(); // "at two of the sites"
                        }
                        return clock(m, c);
                    });
            rule("clock-h-only", "(?<x>(?<h>[01]?\\d|2[0-3])h)", (m, c) -> clock(m, c));
            rule("clock-word", "(?:{at_})?(?<x>(?<cw>{clock}))", (m, c) -> {
                String v = lex.value("clock", m.g("cw"));
                return List.of(timeCand(m, c, LocalTime.parse(v)));
            });
            String hour = "(?<h>[01]?\\d|2[0-4]|{NUM})";
            String strongAfter = "(?:h?(?:\\s*(?<oc>{oclock}))?" + ampm + "?)";
            // "a quarter past three", "twenty to five pm", "15 minutes past noon", "half past ten"
            rule("clock-rel", "(?<at>{at_})?(?<x>(?:(?<cp>{clockpart})|(?<n>{NUM})(?<mins>\\s+{unit:MIN})?)\\s+(?<dir>{clockrel})\\s+(?:"
                    + hour + strongAfter + "|(?<cw>{clock}))" + daypartAfter + ")", (m, c) -> {
                        String dir = m.g("dir");
                        char before = m.start() > 0 ? c.lower.charAt(m.start() - 1) : ' ';
                        if (before == ':' || before == '.' || m.g("n") != null && m.g("mins") == null
                                && fromBefore != null && fromBefore.matcher(c.lower.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                            return List.of(); // "3:30 to 6 pm", "from 3 to 4 pm": a range, not minutes to the hour
                        }
                        boolean strong = m.g("at") != null || m.g("ap") != null || m.g("oc") != null || m.g("cw") != null
                                || m.g("p") != null;
                        int mins;
                        if (m.g("cp") != null) {
                            mins = Integer.parseInt(lex.value("clockpart", m.g("cp")));
                            // "a quarter of five" only with a clue that it is a time; "a quarter to 5 million" never
                            if (!strong && (!lex.has("to", dir) && !lex.has("at", dir) && lex.value("clockrel", dir).equals("-1")
                                    || followedByWord(m, c))) {
                                return List.of();
                            }
                        } else {
                            Integer n = number(m.g("n"));
                            // "20 past 3" needs "minutes", "at", am/pm or o'clock: "from 20 to 3" is no time
                            if (n == null || n < 1 || n > 59 || !strong && (m.g("mins") == null || followedByWord(m, c))
                                    || m.g("mins") == null && n <= 12 && lex.has("to", dir)) {
                                return List.of();
                            }
                            mins = n;
                        }
                        LocalTime t;
                        if (m.g("cw") != null) {
                            t = LocalTime.parse(lex.value("clock", m.g("cw")));
                        } else {
                            t = clockOf(m.g("h"), 0, m.g("ap"), m.g("p"));
                        }
                        if (t == null) {
                            return List.of();
                        }
                        t = t.plusMinutes(Integer.parseInt(lex.value("clockrel", dir)) * (long) mins);
                        return List.of(timeCand(m, c, t));
                    });
            // "3-4pm", "from 3:30 to six p.m.", "9-11am": the am/pm of the end also holds for the start
            rule("clock-range", "(?<x>(?<h1>[01]?\\d|2[0-4]|{NUM})(?::(?<m1>[0-5]\\d))?\\s*(?:-|–|(?:{to_}))\\s*" + hour
                    + "(?::(?<mi>[0-5]\\d))?" + ampm + ")", (m, c) -> {
                        Integer h1 = number(m.g("h1"));
                        List<Cand> end = clock(m, c);
                        if (h1 == null || h1 < 1 || h1 > 12 || end.isEmpty() || A_OR_ONE.matcher(m.g("h1")).matches()) {
                            return List.of();
                        }
                        LocalTime b = LocalTime.parse(end.get(0).clock().substring(1));
                        int m1 = m.g("m1") == null ? 0 : Integer.parseInt(m.g("m1"));
                        LocalTime a = LocalTime.of(h1 % 12, m1);
                        if (b.getHour() >= 12 && a.plusHours(12).isBefore(b)) {
                            a = a.plusHours(12);
                        }
                        if (!a.isBefore(b)) {
                            return List.of();
                        }
                        String clock = "T" + a + "/T" + b;
                        String value = c.pub == null ? null : c.pub + "T" + a + "/" + c.pub + "T" + b;
                        return List.of(new Cand(m.start(), m.end(), value, null, clock, m.priority));
                    });
            // "five o'clock", "3 oclock pm"
            rule("clock-oclock", "(?:{at_})?(?<x>" + hour + "\\s*(?:{oclock})" + ampm + "?" + daypartAfter + ")", (m, c) -> clock(m, c));
            // "3 in the morning", "at 7 in the evening"
            rule("clock-daypart", "(?<at>{at_})?(?<x>" + hour + "\\s+(?:(?:{of_})|(?:{of})\\s+)?(?:{det_})?(?<p>{daypart}))", (m, c) -> {
                boolean digits = DIGITS.matcher(m.g("h")).matches();
                Integer h = number(m.g("h"));
                if (h == null || m.g("at") == null && !digits && h < 2) {
                    return List.of(); // "no one in the morning"
                }
                return clock(m, c);
            });
            // "at 1030", "330 pm": hours and minutes run together
            rule("clock-hhmm", "(?<at>{at_})?(?<x>(?<h>[01]?\\d|2[0-3])(?<mi>[0-5]\\d)(?![.,]\\d)" + ampm + "?" + daypartAfter + ")", (m, c) -> {
                if (m.g("ap") == null && (m.g("at") == null || !clockWord(m.g("at"))
                        || m.g("p") == null && (m.g("h").length() + 2 < 4 || Integer.parseInt(m.g("h")) > 12 || followedByWord(m, c)))) {
                    return List.of(); // "at 1030" but not "around 529,000", "about 425"
                }
                return clock(m, c);
            });
            // "8 tonight", "9 tomorrow morning": the hour before the day it belongs to (joined in compose)
            rule("clock-before-day", "(?<x>" + hour + "(?:\\s*{oclock})?)(?=\\s+(?:{reldaypart}|{relday}))", (m, c) -> {
                if (!DIGITS.matcher(m.g("h")).matches() && (number(m.g("h")) == null || number(m.g("h")) < 2)) {
                    return List.of();
                }
                return clock(m, c);
            });
            // spoken clock times: "ten thirty", "twelve oh three", "nine fifty-nine am" (languages that set spoken-clock)
            if (spokenClock) rule("clock-spoken", "(?<at>{at_})?(?<x>(?<h>{NUM})[\\s-]+(?:(?<oh>oh|o|ou|zero)[\\s-]+)?(?<mw>{NUM})(?!-)" + ampm + "?" + daypartAfter + ")", (m, c) -> {
                Integer h = number(m.g("h"));
                Integer mi = number(m.g("mw"));
                if (h == null || mi == null || h < 1 || h > 12 || DIGITS_OR_A.matcher(m.g("h")).matches() || DIGITS_OR_A.matcher(m.g("mw")).matches()
                        || (m.g("oh") != null ? mi > 9 : mi < 10 || mi > 59)
                        || m.g("ap") == null && m.g("p") == null && followedByWord(m, c)) {
                    return List.of();
                }
                LocalTime t = clockOf(m.g("h"), mi, m.g("ap"), m.g("p"));
                return t == null ? List.of() : List.of(timeCand(m, c, t, m.g("ap") == null && m.g("p") == null));
            });
        }

        private List<Cand> rangeInMonth(M m, Ctx c) {
            int mo = month(m.g("m"));
            int d1 = day(m.g("d1"));
            int d2 = day(m.g("d2"));
            if (mo == 0 || d1 < 1 || d2 <= d1 || d2 > 31) {
                return List.of();
            }
            LocalDate a;
            if (m.g("y") != null) {
                a = TimeMath.date(year(m.g("y"), c.pub), mo, d1);
            } else if (c.pub != null) {
                a = TimeMath.dayMonth(d1, mo, 0, c.futureForBare ? Tense.FUTURE : c.tense(m.start()), c.pub);
            } else {
                return m.one(null);
            }
            if (a == null) {
                return List.of();
            }
            LocalDate b = TimeMath.date(a.getYear(), mo, d2);
            return b == null ? List.of() : m.one(a + "/" + b);
        }

        private List<Cand> yearList(M m, Ctx c) {
            List<Cand> out = new ArrayList<>(m.one(m.g("y")));
            int pos = m.end();
            while (yearListItem != null) {
                Matcher more = yearListItem.matcher(c.lower).region(pos, c.lower.length());
                more.useAnchoringBounds(true);
                if (!more.lookingAt()) {
                    break;
                }
                out.add(new Cand(more.start(1), more.end(1), more.group(1), null, null, m.priority));
                pos = more.end(1);
            }
            return out;
        }

        private List<Cand> partOf(M m, Ctx c) {
            String p = lex.value("partof", m.g("p"));
            String sh = m.g("s") != null ? m.g("s") : m.g("s2");
            int s = sh == null ? 0 : Integer.parseInt(lex.value("shift", sh));
            if (m.g("tm") != null) {
                int mo = month(m.g("tm"));
                YearMonth ym;
                if (m.g("ty") != null) {
                    ym = YearMonth.of(Integer.parseInt(m.g("ty")), mo);
                } else if (c.pub != null) {
                    ym = TimeMath.month(mo, s < 0 ? Tense.PAST : s > 0 ? Tense.FUTURE : c.bareTense(m.start()), c.pub);
                } else {
                    return m.one(null);
                }
                return m.one(monthPart(ym, p));
            }
            if (m.g("ty2") != null) {
                return m.one(yearPart(Integer.parseInt(m.g("ty2")), p));
            }
            String u = lex.value("unit", m.g("tu"));
            if (c.pub == null) {
                return m.one(null);
            }
            return switch (u) {
                case "M" -> m.one(monthPart(YearMonth.from(c.pub).plusMonths(s), p));
                case "Y" -> m.one(yearPart(c.pub.getYear() + s, p));
                default -> {
                    LocalDate mon = c.pub.plusWeeks(s).with(DayOfWeek.MONDAY);
                    yield m.one(switch (p) {
                        case "START" -> mon + "/" + mon.plusDays(2);
                        case "MID" -> mon.plusDays(2) + "/" + mon.plusDays(3);
                        default -> mon.plusDays(4) + "/" + mon.plusDays(6);
                    });
                }
            };
        }

        private static String monthPart(YearMonth ym, String p) {
            return switch (p) {
                case "START" -> ym.atDay(1) + "/" + ym.atDay(10);
                case "MID" -> ym.atDay(11) + "/" + ym.atDay(20);
                default -> ym.atDay(21) + "/" + ym.atEndOfMonth();
            };
        }

        private static String yearPart(int y, String p) {
            return switch (p) {
                case "START" -> y + "-01/" + y + "-03";
                case "MID" -> y + "-05/" + y + "-08";
                default -> y + "-09/" + y + "-12";
            };
        }

        /** True when the words before a bare number make it a clock time: all of "at" where no {@code atclock} is listed. */
        private boolean clockWord(String at) {
            return at != null && (lex.category("atclock").isEmpty() || lex.has("atclock", at.strip()));
        }

        /** True when a word follows the match that is not a function word, am/pm or a part of the day ("at 1500 metres"). */
        private boolean followedByWord(M m, Ctx c) {
            Matcher w = NEXT_WORD.matcher(c.lower.substring(m.end()));
            if (!w.find()) {
                return false;
            }
            String word = w.group(1);
            return !(lex.has("and", word) || lex.has("det", word) || lex.has("of", word) || lex.has("at", word)
                    || lex.has("daypart", word) || lex.has("relday", word) || lex.has("reldaypart", word)
                    || lex.has("weekday", word) || lex.has("month", word) || AMPM.matcher(word).matches());
        }

        /** A time of day from an hour word or number, minutes, "am"/"pm" and a part of the day; null when impossible. */
        private LocalTime clockOf(String hour, int mi, String ap, String partWord) {
            Integer h = number(hour);
            if (h == null || h > 24 || mi < 0 || mi > 59) {
                return null;
            }
            String p = partWord == null ? null : lex.value("daypart", partWord);
            if (ap != null) {
                if (h > 12) {
                    return null;
                }
                boolean pm = ap.startsWith("p");
                h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            } else if (p != null && h < 12 && (p.equals("AF") || p.equals("EV") || p.equals("NI") && h >= 6)) {
                h += 12;
            }
            return LocalTime.of(h == 24 ? 0 : h, mi);
        }

        /** A clock time; its date comes from the publication or, later, from an adjacent date. */
        private List<Cand> clock(M m, Ctx c) {
            Integer h = number(m.g("h"));
            if (h == null || h > 24) {
                return List.of();
            }
            int mi = 0;
            if (m.g("mi") != null) {
                mi = Integer.parseInt(m.g("mi"));
            } else if (m.g("mw") != null) {
                String w = WHITESPACE.matcher(m.g("mw")).replaceAll(" ");
                Integer n = w.equals("mezza") || w.equals("mezzo") ? Integer.valueOf(30) : w.equals("un quarto") ? Integer.valueOf(15) : number(w);
                if (n == null || n > 59) {
                    return List.of();
                }
                mi = n;
            }
            String ap = m.g("ap");
            String p = m.g("p") == null ? null : lex.value("daypart", m.g("p"));
            if (ap != null) {
                if (h > 12) {
                    return List.of();
                }
                boolean pm = ap.startsWith("p");
                h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            } else if (p != null && h < 12 && (p.equals("AF") || p.equals("EV") || p.equals("NI") && h >= 6)) {
                h += 12;
            }
            if (h == 24) {
                h = 0;
            }
            int se = m.g("se") == null ? 0 : Integer.parseInt(m.g("se"));
            boolean twelveHour = ap == null && p == null && h >= 1 && h <= 12 && !m.g("h").startsWith("0")
                    && !(m.g("mi") != null && c.lower.charAt(m.start("mi") - 1) == 'h'); // "3h18" is a 24-hour time
            return List.of(timeCand(m, c, LocalTime.of(h, mi, se), twelveHour));
        }

        private Cand timeCand(M m, Ctx c, LocalTime t) {
            return timeCand(m, c, t, false);
        }

        /**
         * A clock time on the publication date. In Duckling mode a time already past that day moves to the
         * next day, and a twelve-hour reading ("3:30", no am/pm) first to its afternoon/evening hour if that is still to come.
         */
        private Cand timeCand(M m, Ctx c, LocalTime t, boolean twelveHour) {
            String clock = "T" + (t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute())
                    : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
            if (twelveHour && twelveHourClock && c.futureForBare && c.pubTime != null && t.isBefore(c.pubTime) && t.getHour() < 12
                    && !t.plusHours(12).isBefore(c.pubTime)) {
                t = t.plusHours(12); // the value only: a date or part of day joined later reads the clock as written
            }
            String written = clock;
            clock = "T" + (t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute())
                    : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
            String value = null;
            if (c.pub != null) {
                LocalDate d = c.pub;
                if (c.futureForBare && c.pubTime != null && t.isBefore(c.pubTime)) {
                    d = d.plusDays(1);
                }
                value = d + clock;
            }
            return new Cand(m.start(), m.end(), value, null, written, m.priority);
        }

        // =========================================================================================

        List<TimeExpression> run(String text, Sentence s, Timestamp published, boolean futureForBare) {
            String original = s.text();
            if (s.start() + original.length() <= text.length() && text.startsWith(original, s.start())) {
                original = text.substring(s.start(), s.start() + original.length());
            }
            String lower = lowerSameLength(original);
            long[] candidates = candidateRules(lower);
            if (candidates == null) {
                return List.of();
            }
            Ctx ctx = new Ctx(lower, original, s.start(), published, futureForBare, s, language);
            List<Cand> all = new ArrayList<>();
            // Every rule opens with a lookbehind that forbids a letter or digit before the match, so a
            // match can only start where none precedes: trying just those positions gives what find()
            // gives. (No rule starts with white space.) At each, only the rules the word there may open
            // are tried (Scratch.openers).
            Scratch scratch = this.scratch.get();
            int[] starts = new int[lower.length()];
            long[][] open = new long[lower.length()][];
            int count = 0;
            for (int p = 0; p < lower.length(); p++) {
                if ((p == 0 || !Character.isLetterOrDigit(lower.charAt(p - 1))) && !Character.isWhitespace(lower.charAt(p))) {
                    open[count] = scratch.openers(lower, p);
                    starts[count++] = p;
                }
            }
            for (int i = 0; i < rules.size(); i++) {
                if (!has(candidates, i)) {
                    continue;
                }
                Rule r = rules.get(i);
                Matcher m = null;
                M wrapped = null;
                int next = 0;
                for (int k = 0; k < count; k++) {
                    int p = starts[k];
                    if (p < next || !has(open[k], i)) {
                        continue;
                    }
                    if (m == null) {
                        m = scratch.matcher(i, lower);
                        wrapped = new M(m, r.groups(), i);
                    }
                    m.region(p, lower.length());
                    if (!m.lookingAt()) {
                        continue;
                    }
                    next = m.end() > p ? m.end() : p + 1;
                    List<Cand> got = r.handler().apply(wrapped, ctx);
                    if (got != null) {
                        all.addAll(got);
                    }
                }
            }
            List<Cand> chosen = select(all);
            chosen = compose(chosen, ctx);
            List<TimeExpression> out = new ArrayList<>();
            for (Cand c : chosen) {
                int a = c.start();
                int b = c.end();
                while (b > a && !Character.isLetterOrDigit(original.charAt(b - 1)) && original.charAt(b - 1) != '.'
                        && original.charAt(b - 1) != '\'' && original.charAt(b - 1) != '’') {
                    b--;
                }
                if (b > a + 1 && original.charAt(b - 1) == '.' && !ABBREVIATION_END.matcher(original.substring(a, b)).matches()
                        && Character.isLetter(original.charAt(b - 2))) {
                    b--; // a sentence's full stop, not "p.m."
                }
                if (b <= a) {
                    continue;
                }
                out.add(new TimeExpression(original.substring(a, b), c.value(), s.start() + a, s.start() + b));
            }
            return out;
        }

        /**
         * One thread's memory of which rules a word may open: for the word at a position (its run of
         * letters, or its one character when it does not start with a letter, with the character that
         * follows it, so that "di " is told from "dicembre"), the set of rules (bit
         * {@code i} for rule {@code i}) that can match from there. A rule is left out only when trying it
         * on the word alone fails without reaching the word's end ({@link Matcher#hitEnd()} false): the
         * attempt then read nothing beyond the word, so it fails the same way in any sentence where the
         * word stands, whatever follows. (What precedes cannot matter either: a match starts after a
         * non-letter, non-digit, and the only positive lookbehind the rules use, for a digit, fails there
         * in the sentence as it does at the start of the word alone; {@link #rule} enforces it.)
         * Most words open no rule, so most positions are never handed to the regex engine.
         *
         * <p>Not thread-safe: one per thread. Bounded: forgets everything past {@link #LIMIT} words.
         */
        private final class Scratch {
            private static final int LIMIT = 20_000;
            private static final int LONGEST = 24;
            /** Characters below this have {@link #openedBy}; a word starting with another is tried on every rule. */
            private static final int FIRST_CHARS = 0x180;
            private final Map<String, long[]> known = new HashMap<>();
            private final long[][] openedBy = new long[FIRST_CHARS][];
            private final Matcher[] matchers = new Matcher[rules.size()];

            /** Rule {@code i}'s matcher of this thread, reset to {@code text}; bounds transparent, not anchoring. */
            Matcher matcher(int i, String text) {
                if (matchers[i] == null) {
                    matchers[i] = rules.get(i).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    return matchers[i];
                }
                return matchers[i].reset(text);
            }

            long[] openers(String lower, int p) {
                int end = p + 1;
                if (Character.isLetter(lower.charAt(p))) {
                    while (end < lower.length() && end - p < LONGEST && Character.isLetter(lower.charAt(end))) {
                        end++;
                    }
                }
                if (end < lower.length()) {
                    end++; // and the character after it: "di " opens no month, "di" might ("dicembre")
                }
                String word = lower.substring(p, end);
                long[] bits = known.get(word);
                if (bits == null) {
                    if (known.size() >= LIMIT) {
                        known.clear();
                    }
                    char first = word.charAt(0);
                    bits = first < FIRST_CHARS ? tried(word, openedBy(first)) : tried(word, null);
                    known.put(word, bits);
                }
                return bits;
            }

            /** The rules of {@code among} (all when null) that can match from the start of {@code word}, whatever follows it. */
            private long[] tried(String word, long[] among) {
                long[] bits = new long[words()];
                for (int i = 0; i < rules.size(); i++) {
                    if (among != null && !has(among, i)) {
                        continue;
                    }
                    Matcher m = matcher(i, word);
                    if (m.lookingAt() || m.hitEnd()) {
                        set(bits, i);
                    }
                }
                return bits;
            }

            /**
             * The rules a match may start at a character with: the rules that can match from the start of
             * that character alone. Found once per character and thread, so that a word not seen before is
             * tried only on those.
             */
            private long[] openedBy(char c) {
                if (openedBy[c] == null) {
                    openedBy[c] = tried(String.valueOf(c), null);
                }
                return openedBy[c];
            }
        }

        private static String lowerSameLength(String s) {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.length() == s.length()) {
                return l.replace('’', '\'');
            }
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                b.append(Character.toLowerCase(s.charAt(i)));
            }
            return b.toString().replace('’', '\'');
        }

        /** Longest first, then earlier rule; no overlaps. */
        private static List<Cand> select(List<Cand> all) {
            List<Cand> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingInt(Cand::length).reversed()
                    .thenComparingInt(Cand::priority).thenComparingInt(Cand::start));
            List<Cand> chosen = new ArrayList<>();
            for (Cand c : sorted) {
                if (c.length() <= 0) {
                    continue;
                }
                boolean overlaps = false;
                for (Cand k : chosen) {
                    if (c.start() < k.end() && k.start() < c.end()) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps) {
                    chosen.add(c);
                }
            }
            chosen.sort(Comparator.comparingInt(Cand::start));
            return chosen;
        }

        /** Date + clock time, "entro" + period, "X - Y" ranges. */
        private List<Cand> compose(List<Cand> in, Ctx ctx) {
            List<Cand> out = new ArrayList<>(in);
            // a time zone after a clock time, "15:00 GMT", "9 am (BST)": in the span; converted to the
            // publication's offset when that is known and the day stays the same, else the time as written
            for (int i = 0; zoneAfter != null && i < out.size(); i++) {
                Cand a = out.get(i);
                if (a.clock() == null) {
                    continue;
                }
                Matcher z = zoneAfter.matcher(ctx.lower).region(a.end(), ctx.lower.length());
                if (!z.lookingAt()) {
                    continue;
                }
                String clock = a.clock();
                if (ctx.offset != null) {
                    int shift = ctx.offset.getTotalSeconds() / 60
                            - java.time.ZoneOffset.of(lex.value("zone", z.group("z"))).getTotalSeconds() / 60;
                    StringBuilder b = new StringBuilder();
                    boolean ok = true;
                    for (String part : clock.split("/")) {
                        LocalTime t = LocalTime.parse(part.substring(1));
                        int minutes = t.getHour() * 60 + t.getMinute() + shift;
                        ok &= minutes >= 0 && minutes < 24 * 60;
                        b.append(b.length() == 0 ? "" : "/").append("T").append(t.plusMinutes(shift));
                    }
                    if (ok) {
                        clock = b.toString();
                    }
                }
                String value = a.value();
                if (value != null) {
                    String date = value.substring(0, 10);
                    value = clock.contains("/") ? date + clock.replace("/", "/" + date) : date + clock;
                }
                out.set(i, new Cand(a.start(), z.end(), value, a.date(), clock, a.priority()));
            }
            // clock ranges "dalle 9:30 alle 11", "3:30-6 pm", before they meet a date
            for (int i = 0; i + 1 < out.size(); i++) {
                Cand a = out.get(i);
                Cand b = out.get(i + 1);
                if (rangeJoin == null || a.clock() == null || b.clock() == null || a.clock().contains("/")) {
                    continue;
                }
                if (!rangeJoin.matcher(ctx.lower.substring(a.end(), b.start())).matches()) {
                    continue;
                }
                int ha = Integer.parseInt(a.clock().substring(1, 3));
                int hb = Integer.parseInt(b.clock().substring(1, 3));
                String ca = a.clock();
                String cb = b.clock();
                if (ha < 12 && hb >= 12 && ha + 12 < hb) {
                    ca = String.format("T%02d", ha + 12) + ca.substring(3); // "3:30-6 pm"
                } else if (hb < ha && hb >= 1 && hb < 12 && hb + 12 > ha) {
                    cb = String.format("T%02d", hb + 12) + cb.substring(3); // "11:30-1:30"
                }
                String clock = ca + "/" + cb;
                String value = ctx.pub == null ? null : ctx.pub + ca + "/" + ctx.pub + cb;
                out.set(i, new Cand(a.start(), b.end(), value, null, clock, a.priority()));
                out.remove(i + 1);
                i--;
            }
            // date + time of day, either order
            for (int i = 0; i + 1 < out.size(); i++) {
                Cand a = out.get(i);
                Cand b = out.get(i + 1);
                String gap = ctx.lower.substring(a.end(), b.start());
                if (joinDateTime == null || !joinDateTime.matcher(gap).matches()) {
                    continue;
                }
                Cand date = a.date() != null ? a : b.date() != null ? b : null;
                Cand time = a.clock() != null ? a : b.clock() != null ? b : null;
                Cand part = partOfDay(a) ? a : partOfDay(b) ? b : null;
                if (date != null && time != null && date != time) {
                    String v = time.clock().contains("/")
                            ? date.date() + time.clock().replace("/", "/" + date.date())
                            : date.date() + time.clock();
                    out.set(i, new Cand(a.start(), b.end(), v, date.date(), null, a.priority()));
                    out.remove(i + 1);
                    i--;
                } else if (part != null && time != null && part != time && part.value() != null && !time.clock().contains("/")) {
                    // "stasera alle 8", "tomorrow morning at 9"
                    LocalDate d = LocalDate.parse(part.value().substring(0, 10));
                    String pp = part.value().substring(11);
                    int h = Integer.parseInt(time.clock().substring(1, 3));
                    if (h < 12 && (pp.equals("AF") || pp.equals("EV"))) {
                        h += 12;
                    }
                    String clock = String.format("T%02d", h) + time.clock().substring(3);
                    out.set(i, new Cand(a.start(), b.end(), d + clock, d, null, a.priority()));
                    out.remove(i + 1);
                    i--;
                }
            }
            // ranges "X - Y", "dal X al Y"
            for (int i = 0; i + 1 < out.size(); i++) {
                Cand a = out.get(i);
                Cand b = out.get(i + 1);
                if (rangeJoin == null || a.value() == null || b.value() == null || a.value().contains("/") || a.clock() != null || b.clock() != null
                        || b.value().contains("/") || a.value().startsWith("P") || b.value().startsWith("P")) {
                    continue;
                }
                String gap = ctx.lower.substring(a.end(), b.start());
                boolean sameShape = DIGIT.matcher(a.value()).replaceAll("9").equals(DIGIT.matcher(b.value()).replaceAll("9"));
                if (sameShape && rangeJoin.matcher(gap).matches() && a.value().compareTo(b.value()) < 0) {
                    boolean hyphen = DASH.matcher(gap.strip()).matches();
                    boolean opened = fromBefore != null && fromBefore.matcher(ctx.lower.substring(Math.max(0, a.start() - 20), a.start())).find();
                    if (hyphen || opened) {
                        out.set(i, new Cand(a.start(), b.end(), a.value() + "/" + b.value(), null, null, a.priority()));
                        out.remove(i + 1);
                        i--;
                    }
                }
            }
            // "entro il 2030", "by the end of the month": from publication to that time
            for (int i = 0; i < out.size(); i++) {
                Cand c = out.get(i);
                if (byBefore == null || c.value() == null || ctx.pub == null || c.value().startsWith("P")
                        || c.value().equals("PRESENT_REF")) {
                    continue;
                }
                int from = Math.max(0, c.start() - 30);
                Matcher bm = byBefore.matcher(ctx.lower.substring(from, c.start()));
                if (bm.find() && (bm.start() == 0 || !Character.isLetter(ctx.lower.charAt(from + bm.start() - 1)))) {
                    String end = c.value().contains("/") ? c.value().substring(c.value().indexOf('/') + 1) : c.value();
                    if (end.compareTo(ctx.pub.toString()) < 0 && !ctx.pub.toString().startsWith(end)) {
                        continue; // "By 1985, the format was outdated": a time already past, no interval from publication
                    }
                    String start = ctx.pubTime == null ? ctx.pub.toString()
                            : ctx.pub + String.format("T%02d:%02d", ctx.pubTime.getHour(), ctx.pubTime.getMinute());
                    out.set(i, new Cand(from + bm.start(), c.end(), start + "/" + end, null, null, c.priority()));
                }
            }
            return out;
        }

        private static boolean partOfDay(Cand c) {
            return c.value() != null && PART_OF_DAY.matcher(c.value()).matches();
        }
    }
}
