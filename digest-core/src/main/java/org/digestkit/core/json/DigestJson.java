package org.digestkit.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Footer;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.FrontMatterValue;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.ColumnAlignment;
import org.digestkit.core.model.Label;
import org.digestkit.core.model.LabelBreak;
import org.digestkit.core.model.LabelForm;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreEntryForm;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Numbering;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.RawBlock;
import org.digestkit.core.model.ScalarStyle;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SectionRole;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.Summary;
import org.digestkit.core.model.Table;
import org.digestkit.core.model.TextLayout;
import org.digestkit.core.model.ThematicBreak;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model to and from JSON, in the stable shape described by {@code digest.schema.json} (shipped in this jar
 * next to this class), so that generators in any language can produce posts: JSON → {@link Digest} → Markdown.
 *
 * <p>Headings are inline Markdown ({@code "heading": "[标题](https://…)"}); on input a heading may instead be
 * given as {@code "headline"} and optional {@code "url"}. Front-matter values are strings, lists or objects;
 * a {@code summary} may be given as a list of headlines, which becomes the bullet text the blog writes
 * ({@code "- a\n- b"}), so a post whose summary is a YAML list of plain items comes back from JSON with that
 * bullet text. Source positions and layout are not part of the JSON.
 * Thread-safe.
 */
public final class DigestJson {

  /** The schema's identifier, written as {@code $schema} into every document. */
  public static final String SCHEMA_ID = "https://digestkit.org/schema/digest-1.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder()
                  .maxNestingDepth(512).maxStringLength(2 * 1024 * 1024).maxDocumentLength(16L * 1024 * 1024).build())
              .build())
          .build();

  private DigestJson() {}

  /**
   * {@return the post as a JSON tree}
   *
   * @param digest the post
   */
  public static ObjectNode toTree(Digest digest) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", SCHEMA_ID);
    if (digest.frontMatter().present()) {
      ObjectNode fm = root.putObject("frontMatter");
      for (FrontMatterEntry e : digest.frontMatter().entries()) {
        fm.set(e.key(), value(e.value()));
      }
    }
    if (digest.title() != null) {
      root.put("title", digest.title().content());
    }
    root.set("intro", blocks(digest.intro()));
    ArrayNode sections = root.putArray("sections");
    for (Section s : digest.sections()) {
      sections.add(section(s));
    }
    if (digest.footer() != null) {
      ObjectNode footer = root.putObject("footer");
      footer.put("html", digest.footer().html());
      footer.put("rules", digest.footer().rules());
    }
    return root;
  }

  /**
   * {@return the post as pretty-printed JSON}
   *
   * @param digest the post
   */
  public static String toJson(Digest digest) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(digest));
  }

  /**
   * Reads a post from JSON; problems are {@link DigestJsonException}s naming the JSON path.
   *
   * @param json the JSON text
   * @return the post the JSON describes
   */
  public static Digest fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new DigestJsonException("$", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    return fromTree(root);
  }

  /**
   * Reads a post from a JSON tree.
   *
   * @param root the JSON tree
   * @return the post the tree describes
   */
  public static Digest fromTree(JsonNode root) {
    Reader reader = new Reader();
    try {
      return reader.digest(root);
    } catch (IllegalArgumentException e) {
      // a value the model refuses (a title over two lines, a key YAML cannot hold …), named where it was read
      throw reader.error(e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- writing

  private static JsonNode value(FrontMatterValue v) {
    if (v instanceof FrontMatterValue.Scalar s) {
      return MAPPER.getNodeFactory().stringNode(s.text());
    }
    if (v instanceof FrontMatterValue.Sequence seq) {
      ArrayNode a = MAPPER.createArrayNode();
      for (FrontMatterValue item : seq.items()) {
        a.add(value(item));
      }
      return a;
    }
    ObjectNode o = MAPPER.createObjectNode();
    for (Map.Entry<String, FrontMatterValue> e : ((FrontMatterValue.Mapping) v).entries().entrySet()) {
      o.set(e.getKey(), value(e.getValue()));
    }
    return o;
  }

  private static ObjectNode section(Section s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("type", "section");
    o.put("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
    heading(o, s.heading());
    ArrayNode elements = o.putArray("elements");
    for (SectionElement e : s.elements()) {
      if (e instanceof Section nested) {
        elements.add(section(nested));
      } else if (e instanceof Item item) {
        ObjectNode i = elements.addObject();
        i.put("type", "item");
        heading(i, item.heading());
        i.set("body", blocks(item.body()));
      } else {
        elements.add(block((Block) e));
      }
    }
    return o;
  }

  private static void heading(ObjectNode o, Heading h) {
    o.put("level", h.level());
    if (h.numbering().isPresent()) {
      ObjectNode n = o.putObject("numbering");
      n.put("number", h.numbering().number());
      n.put("separator", h.numbering().separator());
    }
    o.put("heading", h.content());
    o.put("headline", h.title());
    h.url().ifPresent(u -> o.put("url", u));
  }

  private static ArrayNode blocks(List<Block> blocks) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Block b : blocks) {
      a.add(block(b));
    }
    return a;
  }

  private static ObjectNode block(Block b) {
    ObjectNode o = MAPPER.createObjectNode();
    if (b instanceof Paragraph p) {
      o.put("type", "paragraph");
      o.put("text", p.text());
    } else if (b instanceof BulletList list) {
      o.put("type", "bullets");
      o.set("items", bullets(list.bullets()));
      if (list.loose()) {
        o.put("loose", true);
      }
    } else if (b instanceof LabelledBlock lb) {
      o.put("type", "labelled");
      o.put("label", lb.label().text());
      o.put("kind", lb.kind().name().toLowerCase(java.util.Locale.ROOT));
      o.put("form", lb.label().form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      if (lb.label().form() == LabelForm.HEADING) {
        o.put("headingLevel", lb.label().headingLevel());
      }
      if (lb.label().lineBreak() != LabelBreak.SOFT) {
        o.put("lineBreak", lb.label().lineBreak().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (lb.label().continuesParagraph()) {
        o.put("continuesParagraph", true);
      }
      if (!lb.label().colon().equals(Label.defaultColon(lb.label().form()))) {
        o.put("colon", lb.label().colon());
      }
      if (!lb.label().separator().equals(Label.defaultSeparator(lb.label().form()))) {
        o.put("separator", lb.label().separator());
      }
      o.set("content", blocks(lb.content()));
    } else if (b instanceof MoreList list) {
      o.put("type", "entries");
      if (list.loose()) {
        o.put("loose", true);
      }
      ArrayNode entries = o.putArray("entries");
      for (MoreEntry e : list.entries()) {
        ObjectNode entry = entries.addObject();
        entry.put("marker", e.marker());
        entry.put("form", e.form().name().toLowerCase(java.util.Locale.ROOT));
        entry.put("title", e.title());
        if (e.url() != null) {
          entry.put("url", e.url());
        }
        entry.put("separator", e.separator());
        entry.put("description", e.description());
      }
    } else if (b instanceof Table t) {
      o.put("type", "table");
      ArrayNode header = o.putArray("header");
      t.header().forEach(header::add);
      ArrayNode rows = o.putArray("rows");
      for (List<String> row : t.rows()) {
        ArrayNode r = rows.addArray();
        row.forEach(r::add);
      }
      if (t.alignments().stream().anyMatch(a -> a != ColumnAlignment.NONE)) {
        ArrayNode align = o.putArray("align");
        t.alignments().forEach(a -> align.add(a.name().toLowerCase(java.util.Locale.ROOT)));
      }
    } else if (b instanceof ThematicBreak) {
      o.put("type", "rule");
    } else if (b instanceof RawBlock raw) {
      o.put("type", "raw");
      o.put("text", raw.text());
    }
    return o;
  }

  private static ArrayNode bullets(List<Bullet> bullets) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Bullet b : bullets) {
      ObjectNode o = a.addObject();
      o.put("marker", b.marker());
      o.put("text", b.text());
      if (!b.children().isEmpty()) {
        o.set("children", bullets(b.children()));
        if (b.childrenLoose()) {
          o.put("childrenLoose", true);
        }
      }
    }
    return a;
  }

  // ---------------------------------------------------------------- reading

  /** Reads the tree, tracking the JSON path for error messages. */
  private static final class Reader {
    private final List<String> path = new ArrayList<>();

    Digest digest(JsonNode root) {
      object(root, "$");
      List<FrontMatterEntry> entries = new ArrayList<>();
      JsonNode fm = root.path("frontMatter");
      if (!fm.isMissingNode()) {
        push("frontMatter");
        object(fm, "frontMatter");
        for (String key : fm.propertyNames()) {
          push(isName(key) ? key : "[" + MAPPER.writeValueAsString(key) + "]");
          entries.add(FrontMatterEntry.of(key, frontMatterValue(key, fm.get(key))));
          pop();
        }
        pop();
      }
      Heading title = null;
      if (root.hasNonNull("title")) {
        title = new Heading(1, Numbering.NONE, text(root, "title"), SourceInfo.NONE);
      }
      List<Block> intro = blocks(root.path("intro"), "intro", false);
      List<Section> sections = new ArrayList<>();
      JsonNode ss = root.path("sections");
      if (!ss.isMissingNode()) {
        array(ss, "sections");
        for (int i = 0; i < ss.size(); i++) {
          push("sections[" + i + "]");
          sections.add(section(ss.get(i), false));
          pop();
        }
      }
      Footer footer = null;
      if (root.hasNonNull("footer")) {
        push("footer");
        JsonNode f = root.get("footer");
        object(f, "footer");
        footer = new Footer(text(f, "html"), f.path("rules").asInt(1), SourceInfo.NONE);
        pop();
      }
      FrontMatter frontMatter = entries.isEmpty() && root.path("frontMatter").isMissingNode()
          ? FrontMatter.absent() : FrontMatter.of(entries);
      try {
        return new Digest(frontMatter, title, intro, sections, footer, TextLayout.CANONICAL);
      } catch (IllegalArgumentException e) {
        throw new DigestJsonException("$", e.getMessage(), e);
      }
    }

    private FrontMatterValue frontMatterValue(String key, JsonNode v) {
      if (v.isArray()) {
        if (key.equals("summary") && allScalars(v)) {
          List<String> headlines = new ArrayList<>();
          for (JsonNode n : v.values()) {
            headlines.add(scalarText(n));
          }
          return new FrontMatterValue.Scalar(Summary.bulletText(headlines), ScalarStyle.DOUBLE_QUOTED);
        }
        List<FrontMatterValue> items = new ArrayList<>();
        for (JsonNode n : v.values()) {
          items.add(frontMatterValue("", n));
        }
        return new FrontMatterValue.Sequence(items, true);
      }
      if (v.isObject()) {
        Map<String, FrontMatterValue> map = new LinkedHashMap<>();
        for (String k : v.propertyNames()) {
          map.put(k, frontMatterValue(k, v.get(k)));
        }
        return new FrontMatterValue.Mapping(map);
      }
      ScalarStyle style = key.equals("coverImage") || key.equals("summary") || key.isEmpty()
          ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
      return new FrontMatterValue.Scalar(scalarText(v), style);
    }

    private static boolean allScalars(JsonNode array) {
      for (JsonNode n : array.values()) {
        if (n.isArray() || n.isObject()) {
          return false;
        }
      }
      return true;
    }

    private String scalarText(JsonNode n) {
      if (n.isString() || n.isNumber() || n.isBoolean()) {
        return n.asString();
      }
      if (n.isNull()) {
        return "";
      }
      throw error("expected a string, number or boolean");
    }

    private Section section(JsonNode o, boolean nested) {
      object(o, "section");
      Heading heading = heading(o, 2);
      SectionRole role = enumValue(SectionRole.class, o, "role", null);
      List<SectionElement> elements = new ArrayList<>();
      JsonNode es = o.path("elements");
      boolean entries = role == SectionRole.MORE || role == SectionRole.LIST;
      if (!es.isMissingNode()) {
        array(es, "elements");
        for (int i = 0; i < es.size(); i++) {
          push("elements[" + i + "]");
          JsonNode e = es.get(i);
          String type = text(e, "type");
          if (type.equals("section")) {
            elements.add(section(e, true));
          } else if (type.equals("item")) {
            elements.add(new Item(heading(e, 3), blocks(e.path("body"), "body", entries)));
          } else {
            elements.add(block(e, entries));
          }
          pop();
        }
      }
      if (role == null) {
        role = inferRole(heading, elements);
      }
      return new Section(heading, role, elements);
    }

    private static SectionRole inferRole(Heading heading, List<SectionElement> elements) {
      if (SectionRole.isMoreTitle(heading.title())) {
        return SectionRole.MORE;
      }
      boolean onlyEntries = !elements.isEmpty();
      for (SectionElement e : elements) {
        if (e instanceof Item || e instanceof Section) {
          return SectionRole.TOPIC;
        }
        if (!(e instanceof MoreList)) {
          onlyEntries = false;
        }
      }
      return onlyEntries ? SectionRole.LIST : SectionRole.STORY;
    }

    private Heading heading(JsonNode o, int defaultLevel) {
      int level = o.path("level").asInt(defaultLevel);
      Numbering numbering = Numbering.NONE;
      if (o.hasNonNull("numbering")) {
        JsonNode n = o.get("numbering");
        numbering = new Numbering(text(n, "number"), text(n, "separator"));
      }
      try {
        Heading h;
        if (o.hasNonNull("heading")) {
          h = new Heading(level, numbering, text(o, "heading"), SourceInfo.NONE);
        } else if (o.hasNonNull("headline")) {
          h = o.hasNonNull("url") ? Heading.linked(level, text(o, "headline"), text(o, "url"))
              : Heading.of(level, text(o, "headline"));
          h = h.withNumbering(numbering);
        } else {
          throw error("needs \"heading\" (inline Markdown) or \"headline\" (and optional \"url\")");
        }
        return h;
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    private List<Block> blocks(JsonNode a, String name, boolean entries) {
      List<Block> out = new ArrayList<>();
      if (a.isMissingNode() || a.isNull()) {
        return out;
      }
      push(name);
      array(a, name);
      for (int i = 0; i < a.size(); i++) {
        push("[" + i + "]");
        out.add(block(a.get(i), entries));
        pop();
      }
      pop();
      return out;
    }

    private Block block(JsonNode o, boolean entries) {
      object(o, "block");
      String type = text(o, "type");
      try {
        switch (type) {
          case "paragraph" -> {
            return Paragraph.of(text(o, "text"));
          }
          case "bullets" -> {
            return new BulletList(bullets(o.path("items")), bool(o, "loose"));
          }
          case "labelled" -> {
            LabelForm form = enumValue(LabelForm.class, o, "form", LabelForm.LINE);
            int level = form == LabelForm.HEADING ? o.path("headingLevel").asInt(3) : 0;
            Label label = new Label(text(o, "label"), form, level,
                enumValue(LabelBreak.class, o, "lineBreak", LabelBreak.SOFT), bool(o, "continuesParagraph"),
                o.hasNonNull("colon") ? text(o, "colon") : Label.defaultColon(form),
                o.hasNonNull("separator") ? text(o, "separator") : Label.defaultSeparator(form), SourceInfo.NONE);
            boolean labelEntries = entries || label.kind() == org.digestkit.core.model.LabelKind.MORE;
            return new LabelledBlock(label, blocks(o.path("content"), "content", labelEntries));
          }
          case "entries" -> {
            List<MoreEntry> list = new ArrayList<>();
            JsonNode es = o.path("entries");
            array(es, "entries");
            for (int i = 0; i < es.size(); i++) {
              push("entries[" + i + "]");
              list.add(entry(es.get(i)));
              pop();
            }
            return new MoreList(list, bool(o, "loose"));
          }
          case "table" -> {
            List<String> header = strings(o.path("header"), "header");
            List<List<String>> rows = new ArrayList<>();
            JsonNode rowsNode = o.path("rows");
            if (!rowsNode.isMissingNode()) {
              array(rowsNode, "rows");
            }
            for (JsonNode r : rowsNode.values()) {
              rows.add(strings(r, "a row"));
            }
            List<ColumnAlignment> align = new ArrayList<>();
            if (o.has("align")) {
              push("align");
              JsonNode alignNode = o.get("align");
              array(alignNode, "align");
              for (int i = 0; i < alignNode.size(); i++) {
                push("[" + i + "]");
                align.add(enumValue(ColumnAlignment.class, alignNode.get(i)));
                pop();
              }
              pop();
            } else {
              header.forEach(h -> align.add(ColumnAlignment.NONE));
            }
            return Table.of(header, rows, align);
          }
          case "rule" -> {
            return ThematicBreak.create();
          }
          case "raw" -> {
            return RawBlock.of(text(o, "text"));
          }
          default -> throw error("unknown block type \"" + type + "\"");
        }
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    private MoreEntry entry(JsonNode e) {
      object(e, "entry");
      String url = e.hasNonNull("url") ? text(e, "url") : null;
      MoreEntryForm form = enumValue(MoreEntryForm.class, e, "form",
          url != null ? MoreEntryForm.LINK : e.hasNonNull("description") ? MoreEntryForm.BOLD : MoreEntryForm.PLAIN);
      String description = e.path("description").asString("");
      String separator = e.hasNonNull("separator") ? text(e, "separator") : description.isEmpty() ? "" : "：";
      return new MoreEntry(e.path("marker").asString("-"), form, text(e, "title"), url, separator, description,
          SourceInfo.NONE);
    }

    private List<Bullet> bullets(JsonNode a) {
      List<Bullet> out = new ArrayList<>();
      array(a, "items");
      for (int i = 0; i < a.size(); i++) {
        push("items[" + i + "]");
        JsonNode b = a.get(i);
        List<Bullet> children = b.has("children") ? bullets(b.get("children")) : List.of();
        out.add(new Bullet(b.path("marker").asString("-"), text(b, "text"), children, bool(b, "childrenLoose"),
            SourceInfo.NONE));
        pop();
      }
      return out;
    }

    private List<String> strings(JsonNode a, String what) {
      array(a, what);
      List<String> out = new ArrayList<>();
      for (JsonNode n : a.values()) {
        out.add(scalarText(n));
      }
      return out;
    }

    /** A boolean field, false when absent. */
    private boolean bool(JsonNode o, String field) {
      JsonNode v = o.get(field);
      if (v == null || v.isNull()) {
        return false;
      }
      if (!v.isBoolean()) {
        throw error("\"" + field + "\" must be true or false");
      }
      return v.booleanValue();
    }

    /** An enum value given as a string array element ({@code "left"}). */
    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v) {
      if (!v.isString()) {
        throw error("must be a string");
      }
      try {
        return Enum.valueOf(type, v.stringValue().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw error("has an unknown value \"" + v.stringValue() + "\"");
      }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode o, String field, E fallback) {
      if (!o.hasNonNull(field)) {
        return fallback;
      }
      String v = text(o, field).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      try {
        return Enum.valueOf(type, v);
      } catch (IllegalArgumentException e) {
        throw error("\"" + field + "\" has an unknown value \"" + text(o, field) + "\"");
      }
    }

    private String text(JsonNode o, String field) {
      JsonNode v = o.get(field);
      if (v == null || v.isNull()) {
        throw error("missing \"" + field + "\"");
      }
      if (!v.isString()) {
        throw error("\"" + field + "\" must be a string");
      }
      return v.stringValue();
    }

    private void object(JsonNode n, String what) {
      if (!n.isObject()) {
        throw error("expected an object (" + what + ")");
      }
    }

    private void array(JsonNode n, String what) {
      if (!n.isArray()) {
        throw error("expected an array (" + what + ")");
      }
    }

    /** Whether {@code key} can follow a dot in a JSON path (otherwise it is written {@code ["key"]}). */
    private static boolean isName(String key) {
      if (key.isEmpty()) {
        return false;
      }
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
          return false;
        }
      }
      return true;
    }

    private void push(String segment) {
      path.add(segment);
    }

    private void pop() {
      path.remove(path.size() - 1);
    }

    private DigestJsonException error(String message) {
      return error(message, null);
    }

    private DigestJsonException error(String message, @Nullable Throwable cause) {
      StringBuilder p = new StringBuilder("$");
      for (String s : path) {
        p.append(s.startsWith("[") ? "" : ".").append(s);
      }
      return new DigestJsonException(p.toString(), message, cause);
    }
  }
}
