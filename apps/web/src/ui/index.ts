// citydesk's design system: tokens in tokens.css, components below. No UI framework.
export { Badge, type BadgeProps, type BadgeTone } from './Badge.tsx';
export { Button, type ButtonProps, type ButtonVariant } from './Button.tsx';
export { Card, type CardProps } from './Card.tsx';
export { ChoiceGroup, Radio } from './ChoiceGroup.tsx';
export { EmptyState, type EmptyStateProps } from './EmptyState.tsx';
export { ErrorState, type ErrorStateProps } from './ErrorState.tsx';
export { Field, type FieldChromeProps } from './Field.tsx';
export { FormAlert } from './FormAlert.tsx';
export { LoadingState, type LoadingStateProps } from './LoadingState.tsx';
export { PageHeader, type PageHeaderProps } from './PageHeader.tsx';
export { Select, type SelectProps } from './Select.tsx';
export { Spinner } from './Spinner.tsx';
export { StatusBadge, type RequestStatus } from './StatusBadge.tsx';
export { Table, type TableProps } from './Table.tsx';
export { TextArea, type TextAreaProps } from './TextArea.tsx';
export { TextField, type TextFieldProps } from './TextField.tsx';
export { ToastProvider, useToast, type ToastInput, type ToastTone } from './Toast.tsx';
export * from './icons.tsx';
