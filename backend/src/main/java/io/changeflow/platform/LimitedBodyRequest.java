package io.changeflow.platform;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body stream fails once more than a limit has been read.
 */
class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	private long read;

	private ServletInputStream stream;

	LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	static final String EXCEEDED = LimitedBodyRequest.class.getName() + ".exceeded";

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (this.stream == null) {
			this.stream = new Counting(super.getInputStream());
		}
		return this.stream;
	}

	private final class Counting extends ServletInputStream {

		private final ServletInputStream delegate;

		Counting(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			count((b < 0) ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws IOException {
			LimitedBodyRequest.this.read += n;
			if (LimitedBodyRequest.this.read > LimitedBodyRequest.this.maxBytes) {
				setAttribute(EXCEEDED, true);
				throw new IOException("Request body exceeds " + LimitedBodyRequest.this.maxBytes + " bytes");
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
