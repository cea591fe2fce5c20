package io.changeflow.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A hardware item as a release engineer writes it.
 *
 * @param name what people call it
 * @param model make and model
 * @param serialNumber the serial number, unique in the store
 * @param location where it is
 * @param status in stock, reserved, deployed or retired
 * @param ciName the configuration item it is, by name; required once deployed
 * @param notes free text
 */
record HardwareBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String model,
		@NotBlank @Size(max = 100) String serialNumber, @NotBlank @Size(max = 200) String location,
		@NotNull HardwareStatus status, @Size(max = 200) String ciName, @Size(max = 5000) String notes) {
}
