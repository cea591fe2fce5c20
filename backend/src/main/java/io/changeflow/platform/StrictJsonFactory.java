package io.changeflow.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON factory whose parsers refuse text PostgreSQL cannot store or that would be
 * stored wrongly: every string value and field name passes through a
 * {@link TextCheckingParser}. Checking at the parser covers every DTO, map and untyped
 * field at once, and the parser still knows the path of the bad text.
 */
class StrictJsonFactory extends JsonFactory {

	private static final long serialVersionUID = 1L;

	StrictJsonFactory() {
	}

	private StrictJsonFactory(StrictJsonFactory source, ObjectCodec codec) {
		super(source, codec);
	}

	@Override
	public JsonFactory copy() {
		_checkInvalidCopy(StrictJsonFactory.class);
		return new StrictJsonFactory(this, null);
	}

	@Override
	protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
		return new TextCheckingParser(super._createParser(strictUtf8(in), context));
	}

	@Override
	protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
		return new TextCheckingParser(super._createParser(reader, context));
	}

	@Override
	protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
			throws IOException {
		return new TextCheckingParser(super._createParser(data, offset, length, context, recyclable));
	}

	@Override
	protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
		return new TextCheckingParser(
				super._createParser(strictUtf8(new ByteArrayInputStream(data, offset, length)), context));
	}

	/**
	 * Jackson's own UTF-8 decoding lets overlong forms through ({@code C0 AF} reads as
	 * {@code /}); the JDK's decoder refuses them, and every other malformed byte.
	 */
	private static Reader strictUtf8(InputStream in) {
		return new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	@Override
	protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
		return new TextCheckingParser(super._createParser(input, context));
	}

}
