export type FilterOption = { value: string; label: string };

type Props = {
  id: string;
  name: string;
  label: string;
  /** The first option; it sends an empty value, which the filter schemas read as "no filter". */
  all: string;
  options: FilterOption[];
  value?: string;
};

/** One select of a GET filter form, preselected from the filter in the address. */
export function FilterSelect({ id, name, label, all, options, value }: Props) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
