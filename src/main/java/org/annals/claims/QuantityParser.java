package org.annals.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Quantity;
import org.annals.quotes.Words;
import org.annals.quotes.Words.W;

/**
 * Numbers with their units, in figures or in words, Italian and English.
 *
 * <ul>
 *   <li>Figures follow the article's language: Italian writes thousands with "." and decimals with
 *       "," ("11.000", "1,2"), English the other way round ("11,000", "1.2"). Several separator groups
 *       of three digits are always thousands; with both separators the last one is the decimal mark.
 *       Without a known language, a separator followed by exactly three digits is read as thousands.</li>
 *   <li>Multipliers after the number ("1,2 miliardi", "two million", "10 mila") or glued to it
 *       ("$1.2bn", "€5m") scale the value.</li>
 *   <li>Units: "%" for percentages ("40%", "40 per cento", "40 percent"); money as its ISO 4217 code,
 *       from a symbol ($ € £ ¥) or a currency word ("dollari", "euros") — so "1,2 miliardi di dollari"
 *       and "$1.2bn" both give 1.2e9 USD; otherwise the noun that follows, in lower case ("11.000
 *       container di armi" → "container"), or null when none follows.</li>
 *   <li>Number words need a unit ("tre persone", "twenty-five soldiers"); a number word after a
 *       definite determiner is a reference, not a count ("i due leader"); "un"/"a" count only before
 *       a multiplier ("un milione", "a billion").</li>
 *   <li>Years ("nel 2000", "1961, 2000 e 2001") and dates ("18 giugno", "June 19", "19/06/2024",
 *       "11:50") are not quantities; nor is a bare figure with neither unit nor multiplier (a list
 *       number, a code, a figure inside a link), which no claim could be about.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityParser {
    private static final Pattern DATES = Pattern.compile(
            "\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[:.]\\d{2}(?=\\s*(?:h\\b|am\\b|pm\\b))|\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern DOT = Pattern.compile(Pattern.quote("."));
    private static final Pattern COMMA = Pattern.compile(Pattern.quote(","));
    private static final Pattern NUMERAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-/.,=#_:@])(US\\$|\\$|€|£|¥)?\\s?(\\d+(?:[.,]\\d+)*)(bn|mn|tn|m|k|b)?(?![\\p{L}\\p{N}])");

    private final ClaimWords words;
    private final String language;

    /**
     * @param words    the claim vocabulary
     * @param language "it", "en", or null for a language-neutral reading of figures
     */
    public QuantityParser(ClaimWords words, String language) {
        this.words = Objects.requireNonNull(words, "words");
        this.language = language;
    }

    /** The quantities of a piece of text, in order. */
    public List<Quantity> parse(String text) {
        // dates and figures are written with digits: a text without one has neither to look for
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        StringBuilder masked = new StringBuilder(text);
        Matcher d = DATES.matcher(text);
        while (digit && d.find()) {
            for (int k = d.start(); k < d.end(); k++) {
                masked.setCharAt(k, ' ');
            }
        }
        String s = masked.toString();
        List<W> ws = Words.of(s, 0);
        List<int[]> taken = new ArrayList<>();
        List<Object[]> found = new ArrayList<>();
        Matcher m = NUMERAL.matcher(s);
        int lastYearEnd = -1;
        while (digit && m.find()) {
            Double value = number(m.group(2));
            if (value == null) {
                continue;
            }
            String unit = m.group(1) == null ? null : symbol(m.group(1));
            boolean scaled = false;
            if (m.group(3) != null) {
                Double mult = words.multipliers.get(m.group(3));
                if (mult == null || m.group(1) == null && !m.group(3).equals("bn") && !m.group(3).equals("mn")) {
                    continue; // "5m" without a currency is more likely metres
                }
                value *= mult;
                scaled = true;
            }
            int k = wordAt(ws, m.end());
            int prev = wordBefore(ws, m.start(1) != -1 ? m.start(1) : m.start(2));
            Tail tail = tail(ws, k, unit, value, scaled);
            boolean bareYear = m.group(2).matches("\\d{4}") && m.group(1) == null && m.group(3) == null
                    && value >= 1000 && value <= 2100 && !tail.scaled;
            boolean listOfYears = lastYearEnd >= 0
                    && s.substring(lastYearEnd, m.start()).matches("\\s*(,|e|and|o|or|ed)?\\s*(,|e|and|o|or|ed)?\\s*");
            if (bareYear && (tail.unit == null || listOfYears || prev >= 0 && words.year.matchAt(ws, prev) > 0)) {
                lastYearEnd = m.end();
                continue;
            }
            if (m.group(1) == null && !tail.scaled && (prev >= 0 && words.month.matchAt(ws, prev) > 0
                    || k < ws.size() && words.month.matchAt(ws, k) > 0)) {
                continue; // a day of a month
            }
            if (tail.unit == null && !tail.scaled) {
                continue; // a bare figure (a list number, a code, a page) says nothing a claim can carry
            }
            taken.add(new int[] {m.start(), tail.end});
            found.add(new Object[] {m.start(), new Quantity(tail.value, tail.unit)});
        }
        for (int i = 0; i < ws.size(); i++) {
            W w = ws.get(i);
            if (!w.isWord() || inside(taken, w.start())) {
                continue;
            }
            List<Double> parts = new ArrayList<>();
            int j = i;
            boolean onlyArticles = true;
            while (j < ws.size()) {
                List<Double> v = wordValue(ws.get(j));
                if (v == null) {
                    if (!parts.isEmpty() && j + 1 < ws.size() && ws.get(j).lower().equals("and")
                            && wordValue(ws.get(j + 1)) != null) {
                        j++;
                        continue;
                    }
                    break;
                }
                if (j > i && isArticleOne(ws.get(j).lower())) {
                    break; // "sei un tipo": an article after a number word starts a new phrase
                }
                onlyArticles &= isArticleOne(ws.get(j).lower());
                parts.addAll(v);
                j++;
            }
            if (parts.isEmpty()) {
                continue;
            }
            boolean multiplierNext = j < ws.size() && words.multipliers.containsKey(ws.get(j).lower());
            if (onlyArticles && !multiplierNext || i > 0 && words.definite.matchAt(ws, i - 1) > 0) {
                i = j - 1;
                continue;
            }
            Tail tail = tail(ws, j, null, combine(parts), false);
            if (tail.unit != null) {
                found.add(new Object[] {w.start(), new Quantity(tail.value, tail.unit)});
                taken.add(new int[] {w.start(), tail.end});
            }
            i = Math.max(i, j - 1);
        }
        found.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        List<Quantity> out = new ArrayList<>();
        for (Object[] f : found) {
            out.add((Quantity) f[1]);
        }
        return out;
    }

    private record Tail(double value, String unit, boolean scaled, int end) {}

    /** Multiplier, "di"/"of", percent, currency or unit noun after a number starting at word {@code k}. */
    private Tail tail(List<W> ws, int k, String unit, double value, boolean scaled) {
        int n = ws.size();
        int end = k > 0 && k <= n ? ws.get(k - 1).end() : 0;
        if (k < n && words.multipliers.containsKey(ws.get(k).lower()) && !isArticleOne(ws.get(k).lower())) {
            value *= words.multipliers.get(ws.get(k).lower());
            scaled = true;
            end = ws.get(k).end();
            k++;
        }
        int p = k < n ? words.percent.matchAt(ws, k) : 0;
        if (p > 0) {
            return new Tail(value, "%", scaled, ws.get(k + p - 1).end());
        }
        if (unit != null) {
            return new Tail(value, unit, scaled, end);
        }
        int u = k;
        if (u < n && (ws.get(u).lower().equals("di") || ws.get(u).lower().equals("d'") || ws.get(u).lower().equals("of"))
                && (scaled || u + 1 < n && currency(ws, u + 1) != null)) {
            u++;
        }
        if (u < n) {
            String code = currency(ws, u);
            if (code != null) {
                return new Tail(value, code, scaled, ws.get(u).end());
            }
            W w = ws.get(u);
            if (w.isWord() && w.text().chars().allMatch(Character::isLetter) && w.text().length() >= 2
                    && Character.isLowerCase(w.text().charAt(0)) && words.nonunit.matchAt(ws, u) == 0
                    && words.month.matchAt(ws, u) == 0 && wordValue(w) == null) {
                return new Tail(value, w.lower(), scaled, w.end());
            }
        }
        return new Tail(value, null, scaled, end);
    }

    private String currency(List<W> ws, int k) {
        for (var e : words.currencyForms) {
            List<String> forms = e.getKey();
            if (k + forms.size() <= ws.size()) {
                boolean ok = true;
                for (int i = 0; i < forms.size(); i++) {
                    ok &= ws.get(k + i).lower().equals(forms.get(i));
                }
                if (ok) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static String symbol(String s) {
        return switch (s) {
            case "$", "US$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> null;
        };
    }

    /** The values of a number word, or of the parts of an Italian compound or hyphenated word; null if none. */
    private List<Double> wordValue(W w) {
        if (!w.isWord()) {
            return null;
        }
        String lower = w.lower();
        Double v = words.numbers.get(lower);
        if (v != null) {
            return List.of(v);
        }
        if (lower.contains("-")) {
            List<Double> parts = new ArrayList<>();
            for (String p : lower.split("-")) {
                Double pv = words.numbers.get(p);
                if (pv == null) {
                    return null;
                }
                parts.add(pv);
            }
            return parts;
        }
        if (words.italian && lower.length() > 4) {
            return compound(lower, 0);
        }
        return null;
    }

    /** "venticinque" → [20, 5]; "duemila" → [2, 1000]; null when the word is not made of number words. */
    private List<Double> compound(String w, int from) {
        if (from == w.length()) {
            return new ArrayList<>();
        }
        // the number words the rest of the word begins with, found by walking the beginnings of number
        // words, then tried longest first
        int[] ends = new int[w.length() - from];
        int count = 0;
        for (int end = from + 1; end <= w.length(); end++) {
            String part = w.substring(from, end);
            if (!words.numberPrefixes.contains(part)) {
                break;
            }
            if (words.numbers.containsKey(part)) {
                ends[count++] = end;
            }
        }
        for (int k = count - 1; k >= 0; k--) {
            int end = ends[k];
            String part = w.substring(from, end);
            Double v = words.numbers.get(part);
            if (v != null && !isArticleOne(part)) {
                List<Double> rest = compound(w, end);
                if (rest != null) {
                    rest.add(0, v);
                    return rest;
                }
            }
        }
        return null;
    }

    private static boolean isArticleOne(String w) {
        return w.equals("un") || w.equals("una") || w.equals("a") || w.equals("an");
    }

    static double combine(List<Double> parts) {
        double total = 0;
        double current = 0;
        for (double v : parts) {
            if (v == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (v >= 1000) {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
            } else {
                current += v;
            }
        }
        return total + current;
    }

    /** A figure read with the language's separators, or null when the groups make no number. */
    Double number(String s) {
        boolean dot = s.indexOf('.') >= 0;
        boolean comma = s.indexOf(',') >= 0;
        String plain;
        if (dot && comma) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            plain = s.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (dot || comma) {
            char sep = dot ? '.' : ',';
            String[] groups = (dot ? DOT : COMMA).split(s);
            boolean threes = groups[0].length() <= 3;
            for (int i = 1; i < groups.length; i++) {
                threes &= groups[i].length() == 3;
            }
            boolean thousands;
            if (groups.length > 2) {
                if (!threes) {
                    return null;
                }
                thousands = true;
            } else if (threes) {
                char langThousands = "it".equals(language) ? '.' : "en".equals(language) ? ',' : sep;
                thousands = sep == langThousands;
            } else {
                thousands = false;
            }
            plain = thousands ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
        } else {
            plain = s;
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int wordAt(List<W> ws, int offset) {
        for (int k = 0; k < ws.size(); k++) {
            if (ws.get(k).start() >= offset) {
                return k;
            }
        }
        return ws.size();
    }

    private static int wordBefore(List<W> ws, int offset) {
        int best = -1;
        for (int k = 0; k < ws.size(); k++) {
            if (ws.get(k).end() <= offset && ws.get(k).isWord()) {
                best = k;
            }
        }
        return best;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "QuantityParser[" + (language == null ? "any" : language.toLowerCase(Locale.ROOT)) + "]";
    }
}
