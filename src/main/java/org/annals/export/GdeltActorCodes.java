package org.annals.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annals.actors.ActorDictionary;
import org.annals.actors.Country;
import org.annals.actors.Tsv;
import org.annals.model.Actor;

/**
 * Splits CAMEO actor codes into GDELT's actor columns, by the rules and part lists of
 * {@code cameo-actor-parts.tsv} (its header is the reference): RUSGOV → country RUS, type GOV;
 * IGOUNO → known group UNO, type IGO. Immutable and thread-safe.
 */
public final class GdeltActorCodes {
    static final String FILE = "cameo-actor-parts.tsv";

    /** The GDELT column a listed code part goes to. */
    enum Field { TYPE, REGION, RELIGION }

    private final Map<String, Field> parts;
    private final Map<String, String> cameoByIso3;
    private final Set<String> countryCodes;

    /**
     * @param parts       the listed code parts and the column each goes to
     * @param cameoByIso3 each country's CAMEO code by ISO alpha-3 code (RUS → RUS)
     */
    GdeltActorCodes(Map<String, Field> parts, Map<String, String> cameoByIso3) {
        this.parts = Map.copyOf(parts);
        this.cameoByIso3 = Map.copyOf(cameoByIso3);
        this.countryCodes = Set.copyOf(cameoByIso3.values());
    }

    /** The shipped part list, with the countries of the shipped actor dictionary; loaded once. */
    public static GdeltActorCodes standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final GdeltActorCodes INSTANCE = new GdeltActorCodes(
                parseParts(FILE, Tsv.resource(GdeltActorCodes.class, FILE)), dictionaryCountries());

        private static Map<String, String> dictionaryCountries() {
            Map<String, String> map = new HashMap<>();
            for (Country c : ActorDictionary.standard().countries().values()) {
                map.put(c.iso3(), c.cameo());
            }
            return map;
        }
    }

    /**
     * Reads a part list in the format of {@code cameo-actor-parts.tsv}.
     *
     * @throws org.annals.actors.DictionaryFormatException naming the file and line of a bad or repeated part
     */
    static Map<String, Field> parseParts(String file, String content) {
        Map<String, Field> map = new HashMap<>();
        for (Tsv.Row row : Tsv.read(file, content, 3)) {
            String part = row.col(0);
            if (!part.matches("[A-Z]{3}")) {
                throw row.fail("a code part is three capital letters, was '" + part + "'");
            }
            Field field;
            try {
                field = Field.valueOf(row.col(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.fail("field must be type, region or religion, was '" + row.col(1) + "'");
            }
            if (map.put(part, field) != null) {
                throw row.fail(part + " is listed twice");
            }
        }
        return map;
    }

    /**
     * The ten GDELT columns of an actor: its full code, its name in capitals (as GDELT writes names),
     * and the code split part by part. An actor without a code but with a country gets that country's
     * CAMEO code as CountryCode. A null actor gives {@link GdeltActor#NONE}.
     */
    public GdeltActor columns(Actor actor) {
        if (actor == null) {
            return GdeltActor.NONE;
        }
        String code = actor.code() == null ? "" : actor.code();
        String country = "";
        String knownGroup = "";
        List<String> religions = new ArrayList<>(2);
        List<String> types = new ArrayList<>(3);
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (!part.matches("[A-Z]{3}")) {
                break;
            }
            Field field = parts.get(part);
            if (i == 0 && countryCodes.contains(part)) {
                country = part;
            } else if (field == Field.TYPE) {
                addUpTo(types, part, 3);
            } else if (field == Field.RELIGION) {
                addUpTo(religions, part, 2);
            } else if (field == Field.REGION) {
                country = country.isEmpty() ? part : country;
            } else if (knownGroup.isEmpty()) {
                knownGroup = part;
            }
        }
        if (country.isEmpty() && actor.country() != null) {
            country = Objects.requireNonNullElse(cameoByIso3.get(actor.country()), "");
        }
        return new GdeltActor(GdeltText.clean(code), GdeltText.clean(actor.name()).toUpperCase(Locale.ROOT),
                country, knownGroup, "", nth(religions, 0), nth(religions, 1),
                nth(types, 0), nth(types, 1), nth(types, 2));
    }

    private static void addUpTo(List<String> list, String part, int max) {
        if (list.size() < max) {
            list.add(part);
        }
    }

    private static String nth(List<String> list, int i) {
        return i < list.size() ? list.get(i) : "";
    }
}
