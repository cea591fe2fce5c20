package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The definitive hardware store over REST: items linked to CMDB items by name, checked
 * field by field.
 */
class HardwareIntegrationTests extends IntegrationTest {

	@Test
	void releaseEngineersKeepTheStoreLinkedToTheCmdb() {
		ApiSession releng = signedIn("releng");
		Map<String, Object> spare = item("SN-1001", "IN_STOCK", null);

		Response created = releng.post("/api/hardware", spare);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asText();
		assertThat(created.header("Location")).endsWith("/api/hardware/" + id);
		Map<String, Object> deployed = item("SN-1001", "DEPLOYED", "app-server-01");
		Response updated = releng.put("/api/hardware/" + id, deployed);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().path("ciName").asText()).isEqualTo("app-server-01");
		JsonNode listed = signedIn("auditor").get("/api/hardware").json();
		assertThat(listed.findValuesAsText("serialNumber")).containsExactly("SN-1001");
		assertThat(listed.get(0).path("status").asText()).isEqualTo("DEPLOYED");

		assertThat(releng.delete("/api/hardware/" + id).status()).isEqualTo(204);
		assertThat(releng.get("/api/hardware/" + id).status()).isEqualTo(404);
	}

	@Test
	void badItemsAreRefusedNamingTheField() {
		ApiSession releng = signedIn("releng");
		releng.post("/api/hardware", item("SN-2001", "IN_STOCK", null));

		Response unknownCi = releng.post("/api/hardware", item("SN-2002", "RESERVED", "no-such-server"));
		Response deployedNowhere = releng.post("/api/hardware", item("SN-2003", "DEPLOYED", null));
		Response sameSerial = releng.post("/api/hardware", item("SN-2001", "IN_STOCK", null));
		Map<String, Object> noModel = item("SN-2004", "IN_STOCK", null);
		noModel.remove("model");
		Map<String, Object> badStatus = item("SN-2005", "LOST", null);

		assertThat(unknownCi.status()).isEqualTo(400);
		assertThat(fieldOf(unknownCi)).isEqualTo("ciName");
		assertThat(fieldOf(deployedNowhere)).isEqualTo("ciName");
		assertThat(sameSerial.status()).isEqualTo(409);
		assertThat(fieldOf(sameSerial)).isEqualTo("serialNumber");
		assertThat(fieldOf(releng.post("/api/hardware", noModel))).isEqualTo("model");
		assertThat(fieldOf(releng.post("/api/hardware", badStatus))).isEqualTo("status");
		assertThat(signedIn("auditor").post("/api/hardware", item("SN-2006", "IN_STOCK", null)).status())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from hardware_item", Integer.class)).isEqualTo(1);
	}

	private static Map<String, Object> item(String serial, String status, String ciName) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("name", "Rack server " + serial);
		item.put("model", "Dell PowerEdge R660");
		item.put("serialNumber", serial);
		item.put("location", "DC1 rack 12");
		item.put("status", status);
		item.put("ciName", ciName);
		item.put("notes", "");
		return item;
	}

	private static String fieldOf(Response response) {
		return response.json().path("errors").path(0).path("field").asText();
	}

}
