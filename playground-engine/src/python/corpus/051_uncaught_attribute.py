class_name = "x"
result = class_name.upper()
print(result)
result.append(1)
