package io.changeflow.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word: an error Tomcat answers itself, before the request reaches the app
 * (an encoded NUL or a malformed escape in the path, a bad request line), gets a Problem
 * Details body instead of Tomcat's HTML page. Errors inside the app reach
 * {@link ProblemErrorController} first and are not reported twice. Public because Tomcat
 * instantiates it by name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	/** Tomcat creates the valve by its class name. */
	public ProblemErrorReportValve() {
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				// Constant text only: nothing of the request is echoed.
				writer.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
					.formatted(title, status, (status < 500) ? "The request is malformed and was not handled"
							: "Something went wrong on our side"));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is committed: nothing left to tell.
		}
	}

}
