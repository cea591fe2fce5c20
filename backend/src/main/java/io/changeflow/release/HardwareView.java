package io.changeflow.release;

import org.springframework.lang.Nullable;

import java.util.UUID;

/**
 * A hardware item as the API shows it.
 *
 * @param id its identity
 * @param name what people call it
 * @param model make and model
 * @param serialNumber the serial number
 * @param location where it is
 * @param status in stock, reserved, deployed or retired
 * @param ciName the configuration item it is, or null
 * @param notes free text
 */
public record HardwareView(UUID id, String name, String model, @Nullable String serialNumber, @Nullable String location,
		HardwareStatus status, @Nullable String ciName, @Nullable String notes) {
}
