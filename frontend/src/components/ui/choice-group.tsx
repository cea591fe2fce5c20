import { Group, Radio } from '@mantine/core';

export type Choice = { value: string; label: string };

type ChoiceGroupProps = {
  label: string;
  options: readonly Choice[];
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
  required?: boolean;
};

/** One choice among a few, all visible at once (a decision, an outcome). */
export function ChoiceGroup({
  label,
  options,
  value,
  onChange,
  error,
  disabled,
  required = true,
}: ChoiceGroupProps) {
  return (
    <Radio.Group
      label={label}
      withAsterisk={required}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Group mt="xs">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} disabled={disabled} />
        ))}
      </Group>
    </Radio.Group>
  );
}
