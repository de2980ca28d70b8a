package dev.aiinterview.spi;

/**
 * A device that can record.
 *
 * @param id          identifier to pass in {@link CaptureOptions}
 * @param name        name shown to a person
 * @param isDefault   whether it is the system default
 */
public record CaptureDevice(String id, String name, boolean isDefault) {
}
