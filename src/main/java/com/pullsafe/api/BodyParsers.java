package com.pullsafe.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * The JSON-P provider JSON-B is built with: the platform's own, except that every parser is a
 * {@link BodyParser}, and the one of the body being read on this thread is {@linkplain #current()
 * known}, so that a refusal can name where JSON-B stopped.
 */
final class BodyParsers extends JsonProvider {

  private static final ThreadLocal<BodyParser> CURRENT = new ThreadLocal<>();

  private final JsonProvider json;

  BodyParsers(JsonProvider json) {
    this.json = json;
  }

  /** The parser of the last body read on this thread, if one was read since {@link #forget()}. */
  static BodyParser current() {
    return CURRENT.get();
  }

  static void forget() {
    CURRENT.remove();
  }

  private JsonParser tracked(JsonParser parser) {
    BodyParser body = new BodyParser(parser, json);
    CURRENT.set(body);
    return body;
  }

  @Override
  public JsonParser createParser(Reader reader) {
    return tracked(json.createParser(reader));
  }

  @Override
  public JsonParser createParser(InputStream in) {
    return tracked(json.createParser(in));
  }

  @Override
  public JsonParserFactory createParserFactory(Map<String, ?> config) {
    JsonParserFactory factory = json.createParserFactory(config);
    return new JsonParserFactory() {
      @Override
      public JsonParser createParser(Reader reader) {
        return tracked(factory.createParser(reader));
      }

      @Override
      public JsonParser createParser(InputStream in) {
        return tracked(factory.createParser(in));
      }

      @Override
      public JsonParser createParser(InputStream in, Charset charset) {
        return tracked(factory.createParser(in, charset));
      }

      @Override
      public JsonParser createParser(jakarta.json.JsonObject obj) {
        return factory.createParser(obj);
      }

      @Override
      public JsonParser createParser(jakarta.json.JsonArray array) {
        return factory.createParser(array);
      }

      @Override
      public Map<String, ?> getConfigInUse() {
        return factory.getConfigInUse();
      }
    };
  }

  @Override
  public JsonGenerator createGenerator(Writer writer) {
    return json.createGenerator(writer);
  }

  @Override
  public JsonGenerator createGenerator(OutputStream out) {
    return json.createGenerator(out);
  }

  @Override
  public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
    return json.createGeneratorFactory(config);
  }

  @Override
  public JsonReader createReader(Reader reader) {
    return json.createReader(reader);
  }

  @Override
  public JsonReader createReader(InputStream in) {
    return json.createReader(in);
  }

  @Override
  public JsonWriter createWriter(Writer writer) {
    return json.createWriter(writer);
  }

  @Override
  public JsonWriter createWriter(OutputStream out) {
    return json.createWriter(out);
  }

  @Override
  public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
    return json.createWriterFactory(config);
  }

  @Override
  public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
    return json.createReaderFactory(config);
  }

  @Override
  public JsonObjectBuilder createObjectBuilder() {
    return json.createObjectBuilder();
  }

  @Override
  public JsonArrayBuilder createArrayBuilder() {
    return json.createArrayBuilder();
  }

  @Override
  public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
    return json.createBuilderFactory(config);
  }

  @Override
  public jakarta.json.JsonString createValue(String value) {
    return json.createValue(value);
  }

  @Override
  public jakarta.json.JsonNumber createValue(int value) {
    return json.createValue(value);
  }

  @Override
  public jakarta.json.JsonNumber createValue(long value) {
    return json.createValue(value);
  }

  @Override
  public jakarta.json.JsonNumber createValue(double value) {
    return json.createValue(value);
  }

  @Override
  public jakarta.json.JsonNumber createValue(java.math.BigDecimal value) {
    return json.createValue(value);
  }

  @Override
  public jakarta.json.JsonNumber createValue(java.math.BigInteger value) {
    return json.createValue(value);
  }

  @Override
  public jakarta.json.JsonNumber createValue(Number value) {
    return json.createValue(value);
  }
}
